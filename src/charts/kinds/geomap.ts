// A country's outline (Natural Earth 1:50m via world-atlas, by the ISO 3166 numeric code the atlas
// names in site.yaml's mapCountry: "360" for Indonesia) with labelled points. The projection is a
// small Mercator fitted to the outline and points; it rounds to 0.1 px and drops vertices closer than
// 0.8 px, so the outline path stays small. Labels are placed greedily on the free side of each dot
// and never leave the canvas.
import * as Plot from '@observablehq/plot';
import type { RenderFunction } from '@observablehq/plot';
import { feature } from 'topojson-client';
import { header } from '../header.ts';
import { worldAtlas } from '../world.ts';
import { categoricalFill, halo, haloText } from '../palette.ts';
import { mapSummary } from '../summary.ts';
import { measure } from '../text.ts';
import type { KindContext, KindModule, KindPlot, MapPoint } from '../types.ts';

/** Above this, points are drawn without labels. */
export const MAX_LABELLED_POINTS = 100;
/**
 * From this many points, the narrow (phone) variant labels dots with their number in input order
 * (1, 2, 3…) instead of their names, which would tangle at 320 px; the page lists the numbers.
 */
export const NUMBERED_FROM = 6;

/** Labels the map draws: names, or numbers on a phone when there are many points. */
export function pointLabels(points: readonly MapPoint[], narrow: boolean): string[] {
  return narrow && points.length >= NUMBERED_FROM ? points.map((_, i) => String(i + 1)) : points.map((p) => p.label);
}

type Position = [number, number];

interface Outline {
  type: 'Feature';
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

interface GeoStream {
  point(x: number, y: number): void;
  lineStart(): void;
  lineEnd(): void;
  polygonStart(): void;
  polygonEnd(): void;
  sphere?(): void;
}

const TOLERANCE = 0.8;
interface Country {
  outline: Outline;
  /** Mercator bounds of the outline: [x0, y0, x1, y1]. */
  bounds: [number, number, number, number];
}

const cached = new Map<string, Country>();

/** Loads world-atlas and one country's outline once per process. */
function country(code: string): Country {
  let c = cached.get(code);
  if (!c) {
    const world = worldAtlas();
    const geometry = world.objects.countries.geometries.find((g) => g.id === code);
    if (!geometry) throw new Error(`world-atlas countries-50m.json has no country with the code "${code}" (site.yaml mapCountry)`);
    const outline = feature(world, geometry) as Outline;
    const polygons = outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
    c = { outline, bounds: extend([Infinity, Infinity, -Infinity, -Infinity], polygons.flat(2)) };
    cached.set(code, c);
  }
  return c;
}

function extend(bounds: [number, number, number, number], positions: readonly Position[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = bounds;
  for (const [lon, lat] of positions) {
    const [x, y] = mercator(lon, lat);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

function mercator(lon: number, lat: number): Position {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A Plot/d3 projection object: toCanvas transform, rounding and vertex thinning. */
function projection(toCanvas: (lon: number, lat: number) => Position) {
  return {
    stream(out: GeoStream): GeoStream {
      let ring: Position[] | null = null;
      let polygon = false;
      return {
        point(lon, lat) {
          const [x, y] = toCanvas(lon, lat);
          if (!ring) return out.point(x, y);
          const last = ring[ring.length - 1];
          if (!last || Math.hypot(x - last[0], y - last[1]) >= TOLERANCE) ring.push([x, y]);
        },
        lineStart() {
          ring = [];
        },
        lineEnd() {
          const points = ring ?? [];
          ring = null;
          if (polygon && points.length < 3) return; // an island smaller than a pixel
          out.lineStart();
          for (const [x, y] of points) out.point(x, y);
          out.lineEnd();
        },
        polygonStart() {
          polygon = true;
          out.polygonStart();
        },
        polygonEnd() {
          polygon = false;
          out.polygonEnd();
        },
        sphere() {
          out.sphere?.();
        },
      };
    },
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Candidate {
  dx: number;
  dy: number;
  textAnchor: 'start' | 'middle' | 'end';
  lineAnchor: 'top' | 'middle' | 'bottom';
  /** Far candidates get a leader line and are used only when the near ones collide. */
  far?: boolean;
}

const NEAR: Candidate[] = [
  { dx: 7, dy: 0, textAnchor: 'start', lineAnchor: 'middle' },
  { dx: -7, dy: 0, textAnchor: 'end', lineAnchor: 'middle' },
  { dx: 0, dy: -6, textAnchor: 'middle', lineAnchor: 'bottom' },
  { dx: 0, dy: 6, textAnchor: 'middle', lineAnchor: 'top' },
  { dx: 5, dy: -4, textAnchor: 'start', lineAnchor: 'bottom' },
  { dx: 5, dy: 4, textAnchor: 'start', lineAnchor: 'top' },
  { dx: -5, dy: -4, textAnchor: 'end', lineAnchor: 'bottom' },
  { dx: -5, dy: 4, textAnchor: 'end', lineAnchor: 'top' },
];
const FAR: Candidate[] = [18, 32].flatMap((d) => [
  { dx: 0, dy: d, textAnchor: 'middle', lineAnchor: 'top', far: true },
  { dx: 0, dy: -d, textAnchor: 'middle', lineAnchor: 'bottom', far: true },
  { dx: 8, dy: d, textAnchor: 'start', lineAnchor: 'top', far: true },
  { dx: -8, dy: d, textAnchor: 'end', lineAnchor: 'top', far: true },
  { dx: 8, dy: -d, textAnchor: 'start', lineAnchor: 'bottom', far: true },
  { dx: -8, dy: -d, textAnchor: 'end', lineAnchor: 'bottom', far: true },
]);
const CANDIDATES = [...NEAR, ...FAR];
const FAR_COST = 30;

const TEXT_HEIGHT = 14;

function box([x, y]: Position, w: number, c: Candidate): Box {
  const left = c.textAnchor === 'start' ? x + c.dx : c.textAnchor === 'end' ? x + c.dx - w : x + c.dx - w / 2;
  // Plot's 'bottom' puts the baseline at y (descenders below), 'top' the cap line.
  const top = c.lineAnchor === 'top' ? y + c.dy : c.lineAnchor === 'bottom' ? y + c.dy - 11 : y + c.dy - TEXT_HEIGHT / 2;
  return { x: left, y: top, w, h: TEXT_HEIGHT };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The thin box a far label's leader line occupies. */
function leaderBox([x, y]: Position, c: Candidate): Box | undefined {
  if (!c.far) return undefined;
  return { x: x - 1, y: c.dy > 0 ? y + 3 : y + c.dy, w: 2, h: Math.abs(c.dy) - 3 };
}

/**
 * Label placement: a greedy pass (most crowded points first) then a few
 * passes of local improvement, each label moving to its cheapest candidate
 * given all the others. Cost = overlap with other labels and leaders, five
 * times the overlap with other dots, a premium for far candidates, and a
 * prohibitive cost for leaving the canvas. Deterministic: fixed orders, ties
 * go to the earlier candidate.
 */
function placeLabels(points: readonly MapPoint[], pixels: readonly Position[], canvas: Box, top: number): number[] {
  const n = points.length;
  const dots: Box[] = pixels.map(([x, y]) => ({ x: x - 4, y: y - 4, w: 8, h: 8 }));
  const inside: Box = { x: canvas.x + 1, y: top, w: canvas.w - 2, h: canvas.h - top - 1 };
  const widths = points.map((p) => measure(p.label));
  const chosen: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined);
  const boxesOf = (i: number, k: number): Box[] => {
    const c = CANDIDATES[k]!;
    const leader = leaderBox(pixels[i]!, c);
    return leader ? [box(pixels[i]!, widths[i]!, c), leader] : [box(pixels[i]!, widths[i]!, c)];
  };
  const cost = (i: number, k: number): number => {
    const c = CANDIDATES[k]!;
    const [label, leader] = boxesOf(i, k);
    let total = (label!.w * label!.h - overlap(label!, inside)) * 1000 + (c.far ? FAR_COST + Math.abs(c.dy) : 0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      total += overlap(label!, dots[j]!) * 5 + (leader ? overlap(leader, dots[j]!) * 50 : 0);
      const other = chosen[j];
      if (other === undefined) continue;
      for (const b of boxesOf(j, other)) total += overlap(label!, b) + (leader ? overlap(leader, b) * 3 : 0);
    }
    return total;
  };
  const best = (i: number): number => {
    let pick = 0;
    let score = Infinity;
    for (let k = 0; k < CANDIDATES.length; k++) {
      const s = cost(i, k);
      if (s < score) [pick, score] = [k, s];
    }
    return pick;
  };
  const crowd = pixels.map(([x, y]) => pixels.filter(([u, v]) => Math.hypot(u - x, v - y) < 60).length);
  const order = pixels.map((_, i) => i).sort((a, b) => crowd[b]! - crowd[a]! || a - b);
  for (const i of order) chosen[i] = best(i);
  for (let pass = 0; pass < 6; pass++) {
    let moved = false;
    for (const i of order) {
      const k = best(i);
      if (k !== chosen[i]) [chosen[i], moved] = [k, true];
    }
    if (!moved) break;
  }
  return chosen.map((k) => k ?? 0);
}

/** Thin lines from a dot to a far-placed label, drawn in pixels. */
function leaders(labelled: readonly { candidate: number }[], pixels: readonly Position[]): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const g = context.document.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('stroke', 'currentColor');
    g.setAttribute('stroke-opacity', '0.6');
    g.setAttribute('stroke-width', '0.75');
    labelled.forEach((p, i) => {
      const c = CANDIDATES[p.candidate]!;
      if (!c?.far) return;
      const [x, y] = pixels[i]!;
      const line = context.document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('x1', String(x));
      line.setAttribute('y1', String(y + Math.sign(c.dy) * 3.5));
      line.setAttribute('x2', String(round(x + c.dx * 0.5)));
      line.setAttribute('y2', String(round(y + c.dy - Math.sign(c.dy) * 2)));
      g.append(line);
    });
    return g as SVGGElement;
  };
}

function plot({ input, variant }: KindContext): KindPlot {
  const { width, narrow } = variant;
  const { outline, bounds } = country(input.country ?? '360');
  const points = input.points ?? [];
  const head = header(input.yLabel, [], width, 2);
  const marginTop = head.height + 8;
  const side = narrow ? 6 : 10;

  // Fit the Mercator bounds of the outline and the points into the width.
  const [x0, y0, x1, y1] = extend(
    bounds,
    points.map((p): Position => [p.lon, p.lat]),
  );
  const k = (width - 2 * side) / (x1 - x0);
  const inner = Math.ceil((y1 - y0) * k);
  const height = marginTop + inner + (narrow ? 24 : 12);
  const toCanvas = (lon: number, lat: number): Position => {
    const [x, y] = mercator(lon, lat);
    return [round(side + (x - x0) * k), round(marginTop + (y - y0) * k)];
  };

  const names = pointLabels(points, narrow);
  // A numbered dot's name starts with its number, the text a reader sees (WCAG 2.5.3 Label in Name).
  const shown = points.map((p, i) => ({ ...p, label: names[i]!, hover: names[i] === p.label ? (p.title ?? p.label) : `${names[i]}. ${p.title ?? p.label}`, link: p.href ?? null }));
  const pixels = points.map((p) => toCanvas(p.lon, p.lat));
  // Label placement compares every label with every other, in several passes: past this many points
  // a map shows dots only (the page's table names every place) instead of a crowd of labels.
  const placement = points.length > MAX_LABELLED_POINTS ? points.map(() => -1) : placeLabels(shown, pixels, { x: 0, y: 0, w: width, h: height }, head.height);
  const labelled = shown.map((p, i) => ({ ...p, candidate: placement[i]! }));

  return {
    height,
    margin: 0,
    projection: projection(toCanvas),
    marks: [
      head.mark,
      Plot.geo([outline], { fill: 'currentColor', fillOpacity: 0.08, stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 0.6 }),
      leaders(labelled, pixels),
      Plot.dot(shown, { x: 'lon', y: 'lat', r: 3.5, fill: categoricalFill(5), stroke: halo, strokeWidth: 1, title: (p: { link: string | null; hover: string }) => (p.link ? null : p.hover) }),
      CANDIDATES.map((c, k) =>
        labelled.some((p) => p.candidate === k)
          ? Plot.text(
              labelled.filter((p) => p.candidate === k),
              { x: 'lon', y: 'lat', text: 'label', ...c, ...haloText },
            )
          : null,
      ),
      // A finger-sized, invisible target over each linked dot (the visible dot is 7 px): the link,
      // its hover text and, on keyboard focus, its ring (page CSS strokes it).
      shown.some((p) => p.link)
        ? Plot.dot(
            shown.filter((p) => p.link),
            { x: 'lon', y: 'lat', r: 11, fill: 'transparent', stroke: 'none', title: 'hover', href: 'link', className: 'atlas-chart-target' },
          )
        : null,
    ],
  };
}

export const geomap: KindModule = { plot, summary: mapSummary };
