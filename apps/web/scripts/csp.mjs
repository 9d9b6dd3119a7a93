#!/usr/bin/env node
// After `next build`: hashes every inline script Next wrote into each page of out/, and writes the
// strict Content-Security-Policy of each page to
//   out/csp.json   { pages: { "articles/x/index.html": "<policy>" } }  (read by scripts/serve.mjs)
//   out/_headers   the same as per-path headers, in the format Netlify and Cloudflare Pages read.
// A static export cannot use nonces (no server renders the page), so hashes are the strict option:
// the browser runs an inline script only if its exact bytes were in the build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../out'));

export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

// Scripts the browser executes: no type, or a JavaScript type. JSON-LD and other data blocks never run.
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/** The sha256 source expressions of the inline scripts of one HTML document, in document order. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    const hash = `'sha256-${createHash('sha256')
      .update(match[2] ?? '', 'utf8')
      .digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

export function policyFor(html) {
  return [...BASE_DIRECTIVES, ["script-src 'self'", ...inlineScriptHashes(html)].join(' ')].join('; ');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The headers every response carries besides its Content-Security-Policy (scripts/serve.mjs sends them too). */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function main() {
  const pages = {};
  const headers = [
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ];
  for (const file of htmlFiles(outDir)) {
    const key = relative(outDir, file).split(sep).join('/');
    const policy = policyFor(readFileSync(file, 'utf8'));
    pages[key] = policy;
    const urlPath =
      key === 'index.html' ? '/' : `/${key.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
    headers.push(urlPath, `  Content-Security-Policy: ${policy}`, '');
  }
  writeFileSync(join(outDir, 'csp.json'), `${JSON.stringify({ pages }, null, 1)}\n`);
  writeFileSync(join(outDir, '_headers'), headers.join('\n'));
  console.log(
    `csp: hashed inline scripts of ${Object.keys(pages).length} pages into out/csp.json and out/_headers`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
