import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-export.js';
import { BufferedFile, type FileRecord } from './buffered-file.js';

describe('BufferedFile', () => {
  it('writes every chunk in order across flushes, multi-byte and astral characters included', () => {
    const path = join(tempDir(), 'out.txt');
    let record: FileRecord | undefined;
    const file = new BufferedFile(path, 'out.txt', (r) => {
      record = r;
    });
    const chunks: string[] = [];
    // Small chunks, chunks near the 1 MiB buffer, and one larger than the buffer.
    for (let i = 0; i < 5000; i++) chunks.push(`line ${i} é \u{1F54A} ${'x'.repeat(i % 300)}\n`);
    chunks.push('ü'.repeat(400_000), '\u{1F600}'.repeat(300_000), 'tail\n');
    for (const chunk of chunks) file.write(chunk);
    file.close();
    const expected = Buffer.from(chunks.join(''), 'utf8');
    const written = readFileSync(path);
    expect(written.equals(expected)).toBe(true);
    expect(record).toEqual({
      path: 'out.txt',
      bytes: expected.length,
      sha256: createHash('sha256').update(expected).digest('hex'),
    });
  });
});
