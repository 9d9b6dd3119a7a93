#!/usr/bin/env node
// Prints the JavaScript each page of the built site loads up front: the external scripts its HTML
// references plus its inline scripts, raw and gzipped. (Next 16 no longer prints these sizes.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../out');

function* pages(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '_next') yield* pages(path);
    else if (entry.name === 'index.html') yield path;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const file of pages(outDir)) {
  const html = readFileSync(file, 'utf8');
  const sources = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    if (!/\bnoModule\b/i.test(m[0])) sources.add(m[1]);
  }
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = readFileSync(join(outDir, src.split('?')[0]));
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\bsrc=/.test(m[1]) && !/application\/(ld\+)?json/.test(m[1])) inline += Buffer.byteLength(m[2]);
  }
  const page = `/${relative(outDir, file).split(sep).slice(0, -1).join('/')}${file === join(outDir, 'index.html') ? '' : '/'}`;
  rows.push({ page, files: sources.size, raw, gzip, inline });
}
rows.sort((a, b) => a.page.localeCompare(b.page));
console.log(
  'page'.padEnd(44),
  'scripts'.padStart(8),
  'raw'.padStart(10),
  'gzip'.padStart(10),
  'inline'.padStart(10),
);
for (const row of rows) {
  console.log(
    row.page.padEnd(44),
    String(row.files).padStart(8),
    kb(row.raw).padStart(10),
    kb(row.gzip).padStart(10),
    kb(row.inline).padStart(10),
  );
}
