#!/usr/bin/env node
// Lighthouse on the home page, an article and an entity page of the built site, with Debian's chromium
// (never a downloaded browser), Lighthouse's default mobile profile and simulated throttling. Prints
// the four category scores per page and exits 1 if any is under the targets below.
//
//   pnpm --filter @dispatch/web run build && pnpm --filter @dispatch/web run lighthouse
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { startServer } from '../../../scripts/serve.mjs';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../out');

if (!existsSync(join(outDir, 'index.html'))) {
  console.error('lighthouse: apps/web/out is missing; run `pnpm --filter @dispatch/web run build` first');
  process.exit(2);
}

const firstDir = (dir) =>
  readdirSync(join(outDir, dir), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
const pages = ['/', `/articles/${firstDir('articles')}/`, `/entities/${firstDir('entities')}/`];

/** Starts chromium with a DevTools port and resolves with that port once it listens. */
function launchChromium(profileDir) {
  const chromium = spawn(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolvePort, reject) => {
    let seen = '';
    chromium.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolvePort({ chromium, port: Number(match[1]) });
    });
    chromium.once('exit', (code) =>
      reject(new Error(`chromium exited (${code}) before listening:\n${seen}`)),
    );
  });
}

const server = await startServer({ root: outDir, port: 0, host: '127.0.0.1' });
const profileDir = mkdtempSync(join(tmpdir(), 'dispatch-lighthouse-'));
const { chromium, port } = await launchChromium(profileDir);
let failed = false;
try {
  console.log(
    'page'.padEnd(48),
    Object.keys(TARGETS)
      .map((k) => k.padStart(15))
      .join(''),
  );
  for (const path of pages) {
    const result = await lighthouse(new URL(path, server.url).href, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (result.lhr.runtimeError) {
      console.log(
        `  ${path}: lighthouse could not measure: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    }
    for (const warning of result.lhr.runWarnings) console.log(`  warning: ${warning}`);
    const scores = Object.fromEntries(
      Object.keys(TARGETS).map((key) => [key, Math.round((result.lhr.categories[key]?.score ?? 0) * 100)]),
    );
    console.log(
      path.padEnd(48),
      Object.values(scores)
        .map((s) => String(s).padStart(15))
        .join(''),
    );
    for (const [key, target] of Object.entries(TARGETS)) {
      if (scores[key] < target) {
        failed = true;
        const audits = Object.values(result.lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              result.lhr.categories[key].auditRefs.some((r) => r.id === a.id && r.weight > 0),
          )
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        console.log(`  ${key} ${scores[key]} < ${target}: ${audits.join(', ')}`);
      }
    }
  }
} finally {
  const exited = new Promise((done) => chromium.once('exit', done));
  chromium.kill();
  await exited;
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
