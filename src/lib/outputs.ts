/** The file inside dist/ that a page's path is written to (build.format 'directory'): `/klaster/x/` → `klaster/x/index.html`. */
export function pageFile(path: string): string {
  return `${path.slice(1)}index.html`;
}
