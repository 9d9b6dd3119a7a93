// End to end: the built `dispatch` bin on the real data, driven through tmux at 80x24 like a person would.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeFingerprint } from '@dispatch/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDir, cli, ensureBuilt, repo } from './built-bin.js';

const socket = `dispatch-e2e-${process.pid}`;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const capture = (session: string) => tmux('capture-pane', '-p', '-t', session);
const paneFlag = (session: string, flag: string) =>
  tmux('display-message', '-p', '-t', session, `#{${flag}}`).trim();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(session: string, what: string | RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = capture(session);
    if (typeof what === 'string' ? screen.includes(what) : what.test(screen)) return screen;
    await pause(100);
  }
  throw new Error(`timed out waiting for ${what}; the screen shows:\n${screen}`);
}

/** A shell in an 80x24 tmux window, with a line on screen to check the terminal is given back. */
async function startShell(session: string, dataDir = join(repo, 'data'), env = ''): Promise<void> {
  tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', 'bash --norc --noprofile');
  // Deliver Esc at once instead of waiting to see whether an escape sequence follows.
  tmux('set-option', '-s', 'escape-time', '0');
  await pause(200);
  tmux('send-keys', '-t', session, "PS1='$ '; clear; echo BEFORE-DISPATCH", 'Enter');
  await waitFor(session, /^BEFORE-DISPATCH$/m);
  // CI=true would make Ink print only a final frame; users run it in a real terminal without CI.
  tmux(
    'send-keys',
    '-t',
    session,
    `env -u CI TERM=xterm-256color ${env} node ${cli} --data ${dataDir}; echo "EXITED:$?"`,
    'Enter',
  );
}

/** After the app exits: the shell's screen is back, the cursor visible, nothing of the UI left. */
async function expectRestored(session: string, exitCode = 0): Promise<string> {
  const screen = await waitFor(session, /EXITED:\d+/);
  expect(screen).toContain(`EXITED:${exitCode}`);
  expect(screen).toContain('BEFORE-DISPATCH');
  expect(screen).not.toContain('1 Articles');
  expect(paneFlag(session, 'alternate_on')).toBe('0');
  expect(paneFlag(session, 'cursor_flag')).toBe('1');
  return screen;
}

beforeAll(() => {
  if (spawnSync('tmux', ['-V']).error) {
    throw new Error('the end-to-end test needs tmux (apt-get install -y tmux)');
  }
  ensureBuilt();
}, 120_000);

const temporary: string[] = [];
afterAll(() => {
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real data, compiled (its store lands beside it, in the same temporary folder). */
function compiledCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-e2e-'));
  temporary.push(root);
  const dataDir = join(root, 'data');
  cpSync(join(repo, 'data'), dataDir, { recursive: true });
  execFileSync('node', [cli, 'articles', '--data', dataDir], { stdio: 'ignore' });
  return dataDir;
}

const ARTICLE = 'articles/putin-witkoff-talks';

describe('dispatch in tmux at 80x24', () => {
  it('lists the articles, opens one, goes to a quote and back, and quits cleanly', async () => {
    const session = 'read';
    await startShell(session);

    const list = await waitFor(session, 'Articles · 1');
    expect(list).toContain('1 Articles');
    expect(list).toContain('Putin tells Witkoff Russia is ready for talks');
    // The frame fills the window: the tabs on the first line, the key hints on the last but one (once the
    // background check of data/ is done: until then that line says so).
    const lines = (await waitFor(session, 'q quit')).split('\n');
    expect(lines[0]).toContain('1 Articles');
    expect(lines[22]).toContain('q quit');

    tmux('send-keys', '-t', session, 'Enter');
    const reader = await waitFor(session, 'Moscow · Sat 26 Apr 2025 · Agencies');
    expect(reader).toContain('MOSCOW: The Kremlin said on Saturday');
    expect(reader).toMatch(/person organisation place date .quote/);

    tmux('send-keys', '-t', session, 'n');
    const atQuote = await waitFor(session, /Quote 1 of \d+/);
    expect(atQuote).toMatch(/quote 1\/\d+/);

    tmux('send-keys', '-t', session, 'Escape');
    await waitFor(session, 'Articles · 1');

    tmux('send-keys', '-t', session, 'q');
    await expectRestored(session);
  }, 60_000);

  it('gives the terminal back on Ctrl-C', async () => {
    const session = 'interrupt';
    await startShell(session);
    await waitFor(session, 'Articles · 1');
    tmux('send-keys', '-t', session, 'C-c');
    await expectRestored(session);
  }, 60_000);

  it('gives the terminal back and explains when the corpus cannot be loaded', async () => {
    const session = 'broken';
    await startShell(session, '/nonexistent/data');
    const screen = await expectRestored(session, 1);
    expect(screen).toContain('dispatch: could not load the corpus');
  }, 60_000);

  it('shows the corpus compiled last time, then the articles added since', async () => {
    const dataDir = compiledCopy();
    cpSync(join(dataDir, ARTICLE), join(dataDir, `${ARTICLE}-again`), { recursive: true });
    const meta = join(dataDir, `${ARTICLE}-again/meta.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^headline: .*$/m, 'headline: The talks again'));
    const session = 'updated';
    // a corpus of any size is checked in the background, as 1,000 articles and more are
    await startShell(session, dataDir, 'DISPATCH_BACKGROUND_CHECK_FROM=0');
    const screen = await waitFor(session, 'Articles · 2', 60_000);
    expect(screen).toContain('The talks again');
    tmux('send-keys', '-t', session, 'q');
    await expectRestored(session);
  }, 90_000);

  it('compiles a corpus opened for the first time in the background, then lists it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dispatch-e2e-'));
    temporary.push(root);
    cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
    const session = 'first-open';
    await startShell(session, join(root, 'data'), 'DISPATCH_BACKGROUND_CHECK_FROM=0');
    await waitFor(session, 'Articles · 1', 60_000);
    tmux('send-keys', '-t', session, 'q');
    await expectRestored(session);
  }, 90_000);

  it('explains a data file broken since the last compile, naming its line', async () => {
    const dataDir = compiledCopy();
    const meta = join(dataDir, `${ARTICLE}/meta.yaml`);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^filed: .*$/m, 'filed: 2025-02-30'));
    const session = 'broken-edit';
    await startShell(session, dataDir, 'DISPATCH_BACKGROUND_CHECK_FROM=0');
    await expectRestored(session, 1);
    // -J joins the lines the terminal wrapped
    const screen = tmux('capture-pane', '-p', '-J', '-t', session);
    expect(screen).toMatch(/could not load the corpus: .*putin-witkoff-talks\/meta\.yaml:3: filed/);
  }, 90_000);
});

// The pipeline's compiled cache is keyed on the code that compiled it. Bundled, the TUI cannot find the
// extractor's package on disk, so its build records the fingerprint of the sources it bundles. (Here rather
// than in a file of its own: test files run in parallel, and two builds at once would race.)
describe('the built bin', () => {
  it('carries the fingerprint of the extractor, core and pipeline sources it bundles', () => {
    // sources edited since beforeAll (the tree is shared) are built first
    ensureBuilt();
    const dist = join(appDir, 'dist');
    const bundle = readdirSync(dist)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(dist, name), 'utf8'))
      .join('\n');
    // the same value the unbundled pipeline (export, website) computes, so they share a compiled store
    expect(bundle).toContain(`"${codeFingerprint()}"`);
  });
});
