import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { KnownEntity } from '@dispatch/core';
import { extractFor, formatResult } from './format.js';

/**
 * Streams an NDJSON file of {"id","text","filed"} lines through the extractor, writing one line per
 * input in order. Memory stays constant: one line is held at a time. Returns the number of bad lines.
 */
export async function runBatch(
  path: string,
  format: 'eval' | 'corpus',
  knowledgeBase: KnownEntity[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const extract = extractFor(format);
  let lineNo = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown; filed?: unknown };
    try {
      doc = JSON.parse(line);
    } catch (e) {
      bad++;
      err.write(`${path}:${lineNo}: not JSON (${(e as Error).message}); skipped\n`);
      continue;
    }
    const problem = checkDoc(doc);
    if (problem) {
      bad++;
      err.write(`${path}:${lineNo}: ${problem}; skipped\n`);
      continue;
    }
    const text = doc.text as string;
    const filed = (doc.filed as string | null | undefined) ?? null;
    const extraction = extract({ text, filed, knowledgeBase });
    const ok = out.write(
      `${JSON.stringify({ id: doc.id, ...formatResult(text, extraction, knowledgeBase, format) })}\n`,
    );
    if (!ok) await new Promise((resolve) => out.once('drain', resolve));
  }
  return bad;
}

function checkDoc(doc: unknown): string | null {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return 'not a JSON object';
  const d = doc as Record<string, unknown>;
  if (typeof d.id !== 'string' && typeof d.id !== 'number') return 'no "id" (string or number)';
  if (typeof d.text !== 'string') return 'no "text" string';
  if (
    d.filed !== undefined &&
    d.filed !== null &&
    (typeof d.filed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.filed))
  )
    return '"filed" must be YYYY-MM-DD or null';
  return null;
}
