// End to end: the built `dispatch` bin on the real data, driven through tmux at 80x24 like a person would.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, repo } from './built-bin.js';

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
async function startShell(session: string, dataDir = join(repo, 'data')): Promise<void> {
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
    `env -u CI TERM=xterm-256color node ${cli} --data ${dataDir}; echo "EXITED:$?"`,
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

afterAll(() => {
  spawnSync('tmux', ['-L', socket, 'kill-server']);
});

describe('dispatch in tmux at 80x24', () => {
  it('lists the articles, opens one, goes to a quote and back, and quits cleanly', async () => {
    const session = 'read';
    await startShell(session);

    const list = await waitFor(session, 'Articles · 1');
    expect(list).toContain('1 Articles');
    expect(list).toContain('Putin tells Witkoff Russia is ready for talks');
    // The frame fills the window: the tabs on the first line, the key hints on the last but one.
    const lines = list.split('\n');
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
});
