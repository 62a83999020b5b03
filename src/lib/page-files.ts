// Files written with a page instead of by an endpoint of their own: a page's social card and a chart
// page's publication PNGs (1 200 and 2 400 px) in its language. The page draws them (or finds them in
// the image cache) as it renders, and they are linked into the output when the build ends
// (src/images/linked-outputs.ts: why). Each is an output of its own for incremental builds that
// depends on everything its page reads, so it is redrawn whenever its page is rendered again.
import { linkLater } from '../images/linked-outputs.ts';
import type { Route } from '../routes/table.ts';
import { cardPath, cardPngFile, hasOwnCard } from './cards.ts';
import { chartFiles, chartPngFile } from './chart-images.ts';
import { alsoOutput } from './track.ts';

export interface PageFile {
  /** The file inside the output folder, e.g. `og/klaster/kopi-dogiyai.png`. */
  output: string;
  /** The image-cache file that holds its bytes, drawn first when missing. */
  file: (site: URL | string | undefined) => string;
}

/** The files a page writes besides its HTML. */
export function pageFiles(route: Route): PageFile[] {
  const files: PageFile[] = [];
  if (hasOwnCard(route)) files.push({ output: cardPath(route).slice(1), file: () => cardPngFile(route) });
  if (route.kind === 'chart') {
    const paths = chartFiles(route.ref!, route.locale);
    files.push({ output: paths.png.slice(1), file: (site) => chartPngFile(route.ref!, route.locale, 1, site) });
    files.push({ output: paths.png2x.slice(1), file: (site) => chartPngFile(route.ref!, route.locale, 2, site) });
  }
  return files;
}

/** Called by a page as it renders (after beginOutput): its files, handed over to be linked in. */
export function writeWithPage(route: Route, site: URL | string | undefined): void {
  for (const f of pageFiles(route)) {
    alsoOutput(f.output);
    linkLater(f.output, f.file(site));
  }
}
