import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from './batch.js';

const collect = (stream: PassThrough): (() => string) => {
  let out = '';
  stream.on('data', (chunk) => {
    out += chunk;
  });
  return () => out;
};

describe('runBatch', () => {
  it('writes one line per good input, in order, and reports bad lines by number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-batch-'));
    const file = join(dir, 'in.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'a',
          text: 'LONDON — "We won," said Jane Smith on Friday.',
          filed: '2024-05-04',
        }),
        '{not json',
        JSON.stringify({ id: 'b', text: 'Nothing here.', filed: null }),
        JSON.stringify({ id: 'c', text: 42 }),
        '',
      ].join('\n'),
    );
    const out = new PassThrough();
    const err = new PassThrough();
    const stdout = collect(out);
    const stderr = collect(err);
    const bad = await runBatch(file, 'eval', [], out, err);
    const lines = stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(bad).toBe(2);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].quotes).toEqual([{ start: 10, end: 17, speaker: 'Jane Smith', channel: null }]);
    // "Friday" is characters 38–44; 2024-05-04 is a Saturday
    expect(lines[0].times).toEqual([{ start: 38, end: 44, value: '2024-05-03' }]);
    expect(lines[0].structure.dateline).toBe('LONDON');
    expect(stderr()).toMatch(/in\.ndjson:2: not JSON/);
    expect(stderr()).toMatch(/in\.ndjson:4: no "text" string/);
  });

  it('emits core annotations and discovered entities in corpus format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-batch-'));
    const file = join(dir, 'in.ndjson');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 7, text: 'Jane Smith met Acme Corp officials.', filed: null })}\n`,
    );
    const out = new PassThrough();
    const stdout = collect(out);
    await runBatch(file, 'corpus', [], out, new PassThrough());
    const line = JSON.parse(stdout());
    expect(line.id).toBe(7);
    expect(line.annotations.mentions.map((m: { text: string; type: string }) => [m.text, m.type])).toEqual([
      ['Jane Smith', 'PERSON'],
      ['Acme Corp', 'ORG'],
    ]);
    expect(line.entities.map((e: { id: string }) => e.id)).toEqual(['jane-smith', 'acme-corp']);
  });
});
