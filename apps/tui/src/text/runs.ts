// Styled runs: a stretch of article text together with what it is (an entity mention, a date, a quote).
import type { EntityKind, Segment } from '@dispatch/core';

export interface Run {
  text: string;
  /** The entity mentioned, when the run is (inside) a mention. */
  entity: { kind: EntityKind; id: string | null } | null;
  /** True inside a time expression. */
  time: boolean;
  /** The innermost quotation the run belongs to. */
  quoteId: string | null;
}

export const plainRun = (text: string): Run => ({ text, entity: null, time: false, quoteId: null });

/**
 * Flattens core's segment tree (`segmentText`) into runs, in order; their texts join to exactly the
 * range segmented.
 */
export function runsOf(segments: readonly Segment[]): Run[] {
  const runs: Run[] = [];
  const walk = (level: readonly Segment[], inherited: Omit<Run, 'text'>) => {
    for (const segment of level) {
      if (segment.kind === 'text') {
        if (segment.text) runs.push({ ...inherited, text: segment.text });
      } else if (segment.kind === 'quote') {
        walk(segment.children, { ...inherited, quoteId: segment.quote.id });
      } else if (segment.kind === 'mention') {
        const entity = { kind: segment.mention.type, id: segment.mention.entityId };
        walk(segment.children, { ...inherited, entity });
      } else {
        walk(segment.children, { ...inherited, time: true });
      }
    }
  };
  walk(segments, { entity: null, time: false, quoteId: null });
  return mergeAlike(runs);
}

/** The runs covering `[start, end)` of the text the runs spell out. */
export function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const runEnd = at + run.text.length;
    if (runEnd > start && at < end) {
      const text = run.text.slice(Math.max(0, start - at), Math.min(run.text.length, end - at));
      if (text) out.push({ ...run, text });
    }
    at = runEnd;
    if (at >= end) break;
  }
  return out;
}

const sameStyle = (a: Run, b: Run) =>
  a.time === b.time &&
  a.quoteId === b.quoteId &&
  a.entity?.kind === b.entity?.kind &&
  a.entity?.id === b.entity?.id;

function mergeAlike(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}
