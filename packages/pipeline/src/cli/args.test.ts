import { describe, expect, it } from 'vitest';
import { readOptions, UsageError, wholeNumber } from './args.js';

describe('readOptions', () => {
  it('reads --name value and --name=value, skipping the -- pnpm passes on', () => {
    const options = readOptions(['--', '--articles', '10', '--out=/tmp/x'], ['articles', 'out']);
    expect(Object.fromEntries(options)).toEqual({ articles: '10', out: '/tmp/x' });
    expect(wholeNumber(options, 'articles', 1)).toBe(10);
  });

  it('refuses unknown options, missing values and bad numbers with a usage error', () => {
    expect(() => readOptions(['--artcles', '3'], ['articles'])).toThrow(
      new UsageError('unknown option --artcles'),
    );
    expect(() => readOptions(['--articles'], ['articles'])).toThrow('--articles needs a value');
    expect(() => readOptions(['stray'], ['articles'])).toThrow("unexpected argument 'stray'");
    const options = readOptions(['--articles', '0'], ['articles']);
    expect(() => wholeNumber(options, 'articles', 1)).toThrow(
      "--articles expects a whole number of at least 1, got '0'",
    );
    expect(() => wholeNumber(new Map(), 'out', 1)).toThrow('--out is required');
  });
});
