/**
 * Runs in the page: the contrast of every visible text label in the site's SVG charts against what
 * is painted under its centre (a tile or bar fill composited over the page background, or the page
 * background itself). axe-core does not check text inside SVG, so chart labels need this check.
 * Labels drawn with a halo (stroke painted first) are measured against the halo colour.
 */
export function svgTextContrast(): { label: string; fg: string; bg: string; ratio: number; chart: string }[] {
  type RGBA = [number, number, number, number];
  const probe = document.createElement('span');
  document.body.append(probe);
  const parse = (c: string): RGBA => {
    probe.style.color = '';
    probe.style.color = c;
    const m = getComputedStyle(probe)
      .color.match(/[\d.]+/g)!
      .map(Number);
    return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
  };
  const over = (top: RGBA, bottom: RGBA, alpha = 1): RGBA => {
    const a = top[3] * alpha;
    return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as RGBA;
  };
  const lum = ([r, g, b]: RGBA) =>
    [r, g, b]
      .map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      })
      .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: RGBA, b: RGBA) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const pageBg = (() => {
    for (let el: Element | null = document.body; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c[3] > 0) return over(c, [255, 255, 255, 1]);
    }
    return [255, 255, 255, 1] as RGBA;
  })();
  const out: { label: string; fg: string; bg: string; ratio: number; chart: string }[] = [];
  for (const text of document.querySelectorAll<SVGTextElement>('svg.atlas-chart text')) {
    const box = text.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || !text.textContent?.trim()) continue;
    const cs = getComputedStyle(text);
    if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    let bg = pageBg;
    const fg0 = parse(cs.fill);
    const hasHalo = cs.stroke !== 'none' && cs.paintOrder.startsWith('stroke') && parseFloat(cs.strokeWidth) >= 2;
    if (hasHalo) {
      bg = over(parse(cs.stroke), pageBg, Number(cs.strokeOpacity));
    } else {
      // Shapes painted under the label centre (document order = paint order), composited over the
      // page background. Geometry, not hit-testing, so labels outside the viewport count too.
      const svg = text.closest('svg')!;
      for (const el of svg.querySelectorAll<SVGGeometryElement>('rect, path, circle, ellipse, polygon')) {
        if (el.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) continue; // painted above
        const s = getComputedStyle(el);
        if (s.fill === 'none' || s.fill.startsWith('url(') || s.display === 'none' || s.visibility === 'hidden') continue;
        const ctm = el.getScreenCTM();
        if (!ctm) continue;
        const pt = new DOMPoint(x, y).matrixTransform(ctm.inverse());
        if (!el.isPointInFill(pt)) continue;
        bg = over(parse(s.fill), bg, Number(s.fillOpacity) * Number(s.opacity));
      }
    }
    const fg = over(fg0, bg, Number(cs.fillOpacity) * Number(cs.opacity));
    const svg = text.closest('svg')!;
    out.push({
      label: text.textContent.trim(),
      fg: `rgb(${fg.slice(0, 3).map(Math.round).join(',')})`,
      bg: `rgb(${bg.slice(0, 3).map(Math.round).join(',')})`,
      ratio: Math.round(ratio(fg, bg) * 100) / 100,
      chart: svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? svg.id ?? '',
    });
  }
  probe.remove();
  return out;
}
