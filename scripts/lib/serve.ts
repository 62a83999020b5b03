import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * A plain static file server for a built dist/ on 127.0.0.1, the way a static host serves it:
 * directory → index.html, unknown path → 404.html with status 404, optional base sub-path,
 * optional extra response headers (a Content-Security-Policy, as public/_headers asks a host to send).
 * Text is sent gzip-compressed when the client accepts it, as static hosts do (GitHub Pages, Netlify,
 * Cloudflare Pages): Lighthouse times a page by its transfer size, and uncompressed HTML would
 * measure a host nobody uses.
 */
export function serve(dir: string, opts: { port?: number; base?: string; headers?: Record<string, string> } = {}): Promise<{ server: Server; url: string }> {
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(opts.headers ?? {})) res.setHeader(name, value);
    const send = (file: string, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      const body = createReadStream(file);
      if (gzip) body.pipe(createGzip()).pipe(res);
      else body.pipe(res);
    };
    const notFound = () => {
      if (existsSync(join(dir, '404.html'))) return send(join(dir, '404.html'), 404);
      res.writeHead(404);
      res.end('not found');
    };
    if (!path.startsWith(base)) return notFound();
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    return existsSync(file) ? send(file) : notFound();
  });
  return new Promise((resolve) => {
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}
