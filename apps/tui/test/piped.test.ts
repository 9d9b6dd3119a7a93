// The built bin with its output piped, on the real data: what scripts and `| less` get.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, repo } from './built-bin.js';

const run = (...args: string[]) =>
  spawnSync('node', [cli, ...args, '--data', join(repo, 'data')], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
  });

beforeAll(() => ensureBuilt(), 120_000);

describe('dispatch with its output piped', () => {
  it('prints the article as wrapped plain text and exits 0', () => {
    const result = run('article', 'putin-witkoff-talks');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Putin tells Witkoff Russia is ready for talks with Ukraine as Trump and Zelensky');
    expect(result.stdout).toContain('Moscow · Sat 26 Apr 2025 · Agencies');
    expect(result.stdout).toContain('## Trump, Zelensky discuss Ukraine ceasefire');
    expect(result.stdout).toContain('## Blame game');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    // no escape sequences in piped output
    expect(result.stdout).not.toContain('\u001b');
  });

  it('answers a query of the core query language', () => {
    const result = run('query', 'quotes speaker:trump channel:"Truth Social"');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ quotes/);
    expect(result.stdout).toContain('— Donald Trump on Truth Social');
    expect(result.stdout).not.toContain('— Volodymyr Zelensky');
  });

  it('lists the articles with their slugs', () => {
    const result = run('articles');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('slug: putin-witkoff-talks');
  });

  it('exits 2 naming the problem for an unknown article or a bad query', () => {
    const missing = run('article', 'no-such-story');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no article "no-such-story"');
    const bad = run('query', 'quotes speakr:trump');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown field 'speakr'");
  });

  it('answers --help and --version without loading the corpus', () => {
    // a data folder that does not exist would fail any command that loads the corpus
    const help = spawnSync('node', [cli, '--help', '--data', '/nonexistent'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("dispatch query '<query>'");
    const version = spawnSync('node', [cli, '--version', '--data', '/nonexistent'], { encoding: 'utf8' });
    expect(version.stdout).toMatch(/^dispatch \d+\.\d+\.\d+\n$/);
  });
});
