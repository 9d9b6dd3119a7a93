import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args.js';

describe('parseArgs', () => {
  it('reads one article with a filing date and format', () => {
    expect(parseArgs(['a.txt', '--filed', '2025-04-26', '--format', 'eval'])).toEqual({
      file: 'a.txt',
      batch: null,
      filed: '2025-04-26',
      format: 'eval',
      kb: null,
      help: false,
    });
  });
  it('ignores a leading "--" and reads a batch in corpus format with a knowledge base', () => {
    expect(parseArgs(['--', '--batch', 'in.ndjson', '--format', 'corpus', '--kb', 'kb.yaml'])).toMatchObject({
      batch: 'in.ndjson',
      format: 'corpus',
      kb: 'kb.yaml',
    });
  });
  it('rejects bad usage with a message', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['a.txt', '--filed', '26/04/2025'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseArgs(['a.txt', '--format', 'xml'])).toThrow(/eval or corpus/);
    expect(() => parseArgs(['a.txt', '--batch', 'b.ndjson'])).toThrow(/not both/);
    expect(() => parseArgs(['a.txt', '--frobnicate'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--filed'])).toThrow(/needs a value/);
  });
  it('answers --help without other arguments', () => expect(parseArgs(['--help']).help).toBe(true));
});
