#!/usr/bin/env node
// After `next build`: takes the framework's JavaScript out of every page that has nothing to hydrate.
// Those pages are complete static HTML (plain links, CSS-only switches and notes); React and the
// router would only add ~130 KB of script and main-thread work to them. Pages with an interactive
// island keep the runtime. Runs before scripts/csp.mjs, which hashes the inline scripts that remain.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pages whose client components need React in the browser: the search app. */
export const INTERACTIVE_PAGES = new Set(['search/index.html']);

const FRAMEWORK_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

/** The page without Next's scripts: inline bootstrap and /_next/ chunks go; JSON-LD and our own stay. */
export function stripFrameworkScripts(html) {
  return html
    .replace(FRAMEWORK_SCRIPT, (whole, attributes) => {
      if (/\btype="application\/(ld\+)?json"/i.test(attributes)) return whole;
      const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
      return src && !src.startsWith('/_next/') ? whole : '';
    })
    .replace(SCRIPT_PRELOAD, '');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '_next') yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

function main() {
  const outDir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../out'));
  let stripped = 0;
  for (const file of htmlFiles(outDir)) {
    if (INTERACTIVE_PAGES.has(relative(outDir, file).split(sep).join('/'))) continue;
    writeFileSync(file, stripFrameworkScripts(readFileSync(file, 'utf8')));
    stripped++;
  }
  console.log(
    `static-pages: ${stripped} pages without framework JavaScript; kept on ${[...INTERACTIVE_PAGES].join(', ')}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
