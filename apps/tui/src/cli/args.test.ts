import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.js';

const run = (argv: string[], env = {}) => {
  const parsed = parseArgs(argv, env);
  if (parsed.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(parsed)}`);
  return parsed.options;
};

describe('parseArgs', () => {
  it('browses with the default theme in colour when given nothing', () => {
    expect(run([])).toEqual({
      command: { name: 'browse' },
      theme: 'default',
      color: true,
      plain: false,
      width: null,
      dataDir: null,
    });
  });

  it('answers --help and --version before anything else, wherever they appear', () => {
    expect(parseArgs(['article', 'x', '--help']).kind).toBe('help');
    expect(parseArgs(['-V']).kind).toBe('version');
  });

  it('reads the commands', () => {
    expect(run(['articles']).command).toEqual({ name: 'articles' });
    expect(run(['article', 'putin-witkoff-talks']).command).toEqual({
      name: 'article',
      slug: 'putin-witkoff-talks',
    });
    expect(run(['entity', 'donald-trump']).command).toEqual({ name: 'entity', id: 'donald-trump' });
    // an unquoted query is joined back together
    expect(run(['query', 'quotes', 'speaker:trump']).command).toEqual({
      name: 'query',
      query: 'quotes speaker:trump',
    });
  });

  it('turns colour off for --no-color and for a set NO_COLOR', () => {
    expect(run(['--no-color']).color).toBe(false);
    expect(run([], { NO_COLOR: '1' }).color).toBe(false);
    expect(run([], { NO_COLOR: '' }).color).toBe(true);
  });

  it('takes option values after a space or an equals sign', () => {
    expect(run(['--theme', 'high-contrast']).theme).toBe('high-contrast');
    expect(run(['--theme=high-contrast', '--width=72', '--data', '/tmp/d']).width).toBe(72);
    expect(run(['--data=/tmp/d']).dataDir).toBe('/tmp/d');
  });

  it('explains bad usage', () => {
    expect(parseArgs(['--theme', 'neon'])).toEqual({
      kind: 'error',
      message: '--theme expects one of default, high-contrast, not "neon"',
    });
    expect(parseArgs(['--width', 'wide'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--width'),
    });
    expect(parseArgs(['--frobnicate'])).toEqual({ kind: 'error', message: 'unknown option "--frobnicate"' });
    expect(parseArgs(['article'])).toEqual({ kind: 'error', message: 'usage: dispatch article <slug>' });
    expect(parseArgs(['read'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('unknown command "read"'),
    });
    expect(parseArgs(['query', '  '])).toMatchObject({ kind: 'error' });
  });
});
