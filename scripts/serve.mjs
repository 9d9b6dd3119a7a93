#!/usr/bin/env node
// Serves the static site in apps/web/out on http://localhost:$PORT (3000 by default), with the security
// headers a host should send (see apps/web/README.md). No dependencies: node:http, node:fs, node:zlib.
//
//   node scripts/serve.mjs            serve apps/web/out on PORT or 3000
//   import { startServer } from …     start one in-process (the end-to-end tests do, on a free port)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { policyFor, SECURITY_HEADERS } from '../apps/web/scripts/csp.mjs';

const DEFAULT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../apps/web/out');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.ndjson': 'application/x-ndjson; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|x-ndjson|xml)|image\/svg)/;

// The policy for pages with no inline script; pages get their own script hashes from csp.json.
const BASE_CSP = policyFor('');

/** Reads the per-page Content-Security-Policy written by apps/web/scripts/csp.mjs at build time. */
function loadPolicies(root) {
  const file = join(root, 'csp.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')).pages ?? {};
}

/** Maps a URL path to a file under root: "/a/" → a/index.html; refuses anything outside root. */
export function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (decoded.endsWith('/')) return { file: join(candidate, 'index.html') };
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    return existsSync(join(candidate, 'index.html')) ? { redirect: `${urlPath}/` } : null;
  }
  return { file: candidate };
}

/**
 * @param {{ root?: string, port?: number, host?: string }} [options] port 0 picks a free one
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export function startServer({
  root = DEFAULT_ROOT,
  port = Number(process.env.PORT ?? 3000),
  host = undefined,
} = {}) {
  const siteRoot = resolve(root);
  if (!existsSync(join(siteRoot, 'index.html'))) {
    throw new Error(
      `${siteRoot} holds no built site (index.html missing): run \`pnpm --filter @dispatch/web run build\` first`,
    );
  }
  const policies = loadPolicies(siteRoot);
  const gzipCache = new Map();

  const send = (req, res, status, file, extraHeaders = {}) => {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { ...SECURITY_HEADERS, 'Content-Type': type, ...extraHeaders };
    if (type.startsWith('text/html')) {
      const key = file
        .slice(siteRoot.length + 1)
        .split(sep)
        .join('/');
      headers['Content-Security-Policy'] = policies[key] ?? BASE_CSP;
      headers['Cache-Control'] = 'no-cache';
    } else if (file.includes(`${sep}_next${sep}static${sep}`)) {
      headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    } else {
      headers['Cache-Control'] = 'public, max-age=300';
    }
    if (
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') &&
      body.length > 512
    ) {
      if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body));
      body = gzipCache.get(file);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const notFound = (req, res) => {
    const page = join(siteRoot, '404.html');
    if (existsSync(page)) return send(req, res, 404, page);
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, {
        ...SECURITY_HEADERS,
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
      });
      return res.end('Method not allowed');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = resolvePath(siteRoot, url.pathname);
    if (!target) return notFound(req, res);
    if (target.redirect) {
      res.writeHead(308, { ...SECURITY_HEADERS, Location: target.redirect + url.search });
      return res.end();
    }
    if (!existsSync(target.file) || !statSync(target.file).isFile()) return notFound(req, res);
    return send(req, res, 200, target.file);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        server,
        url: `http://localhost:${address.port}/`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { url } = await startServer();
    console.log(`Dispatch is served on ${url} (Ctrl-C to stop)`);
  } catch (error) {
    console.error(`serve: ${error.message}`);
    process.exit(error.code === 'EADDRINUSE' ? 1 : 2);
  }
}
