#!/usr/bin/env node
// Time to first frame: launches the built `dispatch` under a pseudo-terminal (util-linux `script`) at
// 80x24 and measures from spawn until the first frame, the article list, and the end of the background
// check of data/ are on screen. Also times --version and the piped plain-text article list. Prints
// numbers; asserts nothing (timings on a shared machine are not tests).
//
//   node scripts/bench.mjs [--runs N] [--articles N | --no-synthetic] [--data DIR]...
//
// Besides the real data (and any --data folder), it measures a synthetic corpus of --articles articles
// (default 10,000), generated once with the pipeline's generator into .dispatch/tui-bench/ and compiled
// before timing (the compile is reported, not counted: the pipeline keeps it, like a user's second launch).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = resolve(here, '../dist/cli.js');
const repo = resolve(here, '../../..');
if (!existsSync(cli)) {
  console.error('bench: build first (pnpm --filter @dispatch/tui build)');
  process.exit(2);
}
if (spawnSync('script', ['--version']).error) {
  console.error('bench: needs `script` from util-linux');
  process.exit(2);
}

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const corpora = [{ name: 'real data', dir: join(repo, 'data') }];
args.forEach((arg, i) => {
  if (arg === '--data') corpora.push({ name: args[i + 1], dir: resolve(args[i + 1]) });
});
if (!args.includes('--no-synthetic')) {
  const count = Number(args[args.indexOf('--articles') + 1]) || 10_000;
  const dir = join(repo, '.dispatch/tui-bench', `corpus-${count}`);
  const pipelineBin = (name) => join(repo, 'packages/pipeline/dist', name);
  if (!existsSync(pipelineBin('gen-corpus.js'))) {
    console.error('bench: build the pipeline first (pnpm bench does), or pass --no-synthetic');
    process.exit(2);
  }
  if (!existsSync(dir)) {
    console.log(`generating ${count} synthetic articles into ${dir} …`);
    const made = spawnSync(
      'node',
      [pipelineBin('gen-corpus.js'), '--articles', String(count), '--out', dir],
      {
        stdio: 'inherit',
      },
    );
    if (made.status !== 0) process.exit(1);
  }
  // The first open compiles the pipeline's store (extraction of every article); later opens reuse it.
  const started = performance.now();
  const compiled = spawnSync('node', [cli, 'articles', '--data', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (compiled.status !== 0) process.exit(1);
  console.log(
    `first open, compiling the store: ${((performance.now() - started) / 1000).toFixed(1)} s (not counted below)`,
  );
  corpora.push({ name: `${count} synthetic articles`, dir });
}

/**
 * CPU milliseconds the program's main thread has used so far (utime + stime of its /proc stat, in 10 ms
 * ticks): its own work, which the load of a shared machine does not inflate as it does wall-clock time.
 * `scriptPid` is the pseudo-terminal's `script`, whose child execs node. Null where /proc cannot tell.
 */
function mainThreadCpu(scriptPid) {
  try {
    const pid = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, 'utf8').trim().split(/\s+/)[0];
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * Milliseconds from spawn until the first frame (the tab bar), until the article list (its title,
 * "Articles · N") appears in what the program writes to its terminal, and until the status line shows the
 * key hints again: the list shown first is the corpus as last compiled, and a worker checks data/ for
 * changes meanwhile ("Checking data/ for changes…" in the status line).
 */
function firstFrame(dataDir) {
  return new Promise((resolvePromise, reject) => {
    const command = `stty cols 80 rows 24; exec node ${quote(cli)} --data ${quote(dataDir)}`;
    const started = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...process.env, TERM: 'xterm-256color', CI: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let seen = '';
    let done = false;
    let frame = null;
    let list = null;
    let listCpu = null;
    let listAt = 0;
    const timer = setTimeout(
      () => finish(new Error(`no checked list within 60 s; saw ${JSON.stringify(seen.slice(-300))}`)),
      60_000,
    );
    function finish(error, ms) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdin.write('q');
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
      if (error) reject(error);
      else resolvePromise(ms);
    }
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      const now = performance.now() - started;
      if (frame === null && seen.includes('1 Articles')) frame = now;
      if (list === null && seen.includes('Articles ·')) {
        list = now;
        listCpu = mainThreadCpu(child.pid);
        listAt = seen.indexOf('Articles ·');
      }
      if (list !== null && seen.indexOf('q quit', listAt) >= 0)
        finish(null, { frame, list, listCpu, checked: now });
    });
    child.on('exit', () =>
      finish(new Error(`exited before the first frame: ${JSON.stringify(seen.slice(-300))}`)),
    );
  });
}

function timeCommand(argv) {
  const started = performance.now();
  const result = spawnSync('node', [cli, ...argv], {
    encoding: 'utf8',
    // 10,000 articles' plain list is several megabytes.
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0)
    throw new Error(`dispatch ${argv.join(' ')} failed: ${result.error ?? result.stderr}`);
  return performance.now() - started;
}

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}, ${samples.length} runs)`;
};

// Timings scale with how busy the machine is; say so next to them.
console.log(
  `machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
const baseline = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  spawnSync('node', ['-e', '0']);
  baseline.push(performance.now() - started);
}
console.log(`node -e 0 (this machine's floor): ${stats(baseline)}`);
console.log(`dispatch --version: ${stats(Array.from({ length: runs }, () => timeCommand(['--version'])))}`);

for (const corpus of corpora) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstFrame(corpus.dir));
  console.log(`first frame (UI drawn, corpus loading), ${corpus.name}: ${stats(times.map((t) => t.frame))}`);
  console.log(`article list on screen, ${corpus.name}: ${stats(times.map((t) => t.list))}`);
  const cpu = times.map((t) => t.listCpu).filter((ms) => ms !== null);
  if (cpu.length > 0) {
    console.log(`  of which CPU of the main thread (10 ms ticks), ${corpus.name}: ${stats(cpu)}`);
  }
  console.log(
    `data/ checked in the background (list known current), ${corpus.name}: ${stats(times.map((t) => t.checked))}`,
  );
  const piped = Array.from({ length: runs }, () => timeCommand(['articles', '--data', corpus.dir]));
  console.log(`dispatch articles | cat, ${corpus.name}: ${stats(piped)}`);
}
if (corpora.length === 1) {
  console.log(
    'no synthetic corpus found: run `pnpm run gen:corpus` (or pass --data DIR) to measure 10,000 articles',
  );
}
