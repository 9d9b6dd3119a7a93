import type { Quote, Span, Speaker } from '@dispatch/core';
import type { Referent } from '../mentions/pronouns.js';
import type { EntityRef, ResolvedName } from '../mentions/resolve-names.js';
import { firstSpanFrom, spanIndexAt } from '../text/span-index.js';
import type { Token } from '../text/tokens.js';
import { type Attribution, type AttributionContext, attribute } from './attribution.js';
import type { Candidate } from './candidates.js';
import { type Channel, findChannel } from './channel.js';
import type { QuoteSpan } from './quote-spans.js';

/** What quote building needs from the rest of the extraction. */
export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  blocks: readonly Span[];
  sentences: readonly Span[];
  spans: readonly QuoteSpan[];
  names: readonly ResolvedName[];
  candidates: readonly Candidate[];
  referents: readonly Referent[];
}

interface Found {
  q: QuoteSpan;
  block: number;
  attribution: Attribution | null;
  speaker: Speaker | null;
  channel: Channel | null;
  continuation: boolean;
}

/** Turns quotation spans into quotes with speakers, verbs, channels and nesting. */
export function buildQuotes(input: QuoteInput): Quote[] {
  const { text, spans, blocks } = input;
  const entities = new Map<string, EntityRef>();
  for (const r of input.referents) entities.set(r.entity.id, r.entity);
  const ctx: AttributionContext = {
    text,
    tokens: input.tokens,
    candidates: input.candidates,
    candidateSpans: input.candidates.map((c) => c.span),
    sentences: input.sentences,
    referents: input.referents,
    referentSpans: input.referents.map((r) => r.span),
    entities,
  };
  const top = spans.filter((q) => q.parent === null);
  const found: Found[] = top.map((q) => ({
    q,
    block: Math.max(0, spanIndexAt(blocks, q.outer.start)),
    attribution: null,
    speaker: null,
    channel: null,
    continuation: false,
  }));
  const nameSpans = input.names.map((n) => n.span);
  let previous: Speaker | null = null;
  found.forEach((f, i) => {
    const block = blocks[f.block];
    const prev = found[i - 1];
    const next = found[i + 1];
    const from = prev && prev.block === f.block ? prev.q.outer.end : (block?.start ?? 0);
    const to = next && next.block === f.block ? next.q.outer.start : (block?.end ?? text.length);
    f.attribution = attribute(ctx, f.q.outer, from, to, previous);
    if (f.attribution) {
      f.speaker = f.attribution.speaker;
      const clause = f.attribution.clause;
      f.channel = findChannel(
        text,
        Math.min(clause.start, f.attribution.verb?.span.start ?? clause.start),
        clause.end,
        input.names,
        nameSpans,
      );
      previous = f.speaker;
    }
  });
  // a quote with no attribution of its own: the next quote's speaker in the same paragraph, or the
  // previous speaker when the quote opens its paragraph or runs on from the one before
  found.forEach((f, i) => {
    if (f.speaker) return;
    const next = found[i + 1];
    if (next?.attribution && next.block === f.block && !f.q.continued) {
      f.speaker = next.speaker;
      f.channel = next.channel;
      return;
    }
    const prev = found[i - 1];
    const opensBlock = f.q.outer.start === blocks[f.block]?.start;
    if (
      prev?.speaker &&
      f.block - prev.block <= 1 &&
      (f.q.continued || opensBlock || prev.block === f.block)
    ) {
      f.speaker = { ...prev.speaker, span: null, form: 'continued' };
      f.channel = prev.channel;
      f.continuation = true;
    }
  });
  const quotes: Quote[] = [];
  const idOf = new Map<QuoteSpan, string>();
  const byTop = new Map(found.map((f) => [f.q, f]));
  for (const q of spans) {
    if (
      q.parent === null &&
      !byTop.get(q)?.speaker &&
      isUnattributedPhrase(text.slice(q.span.start, q.span.end))
    )
      continue;
    const id = `q-${q.span.start}-${q.span.end}`;
    idOf.set(q, id);
    const f = byTop.get(q);
    const parent = q.parent === null ? null : spans[q.parent]!;
    quotes.push({
      id,
      span: q.span,
      text: text.slice(q.span.start, q.span.end),
      kind: kindOf(input, q),
      speaker: f?.speaker ?? null,
      verb: f?.attribution?.verb ?? null,
      channel: f?.channel ?? null,
      continuation: f?.continuation ?? false,
      parentId: parent ? (idOf.get(parent) ?? null) : null,
      source: 'extraction',
    });
  }
  return quotes;
}

/**
 * Quoted words with no speaker that are not a quotation: a scare-quoted phrase of three words or fewer
 * ("a so-called “peace plan”"), or the title of a work or show (a few words, all capitalised).
 */
function isUnattributedPhrase(words: string): boolean {
  const list = words.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (list.length <= 3) return true;
  if (list.length > 6) return false;
  return list.every(
    (w) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to|with)$/.test(w),
  );
}

/** A full quote is a whole sentence opening its sentence (or following a colon); else a partial one. */
function kindOf(input: QuoteInput, q: QuoteSpan): 'full' | 'partial' {
  if (!/^\p{Lu}/u.test(input.text.slice(q.span.start, q.span.start + 1))) return 'partial';
  const s = input.sentences[Math.max(0, firstSpanFrom(input.sentences, q.outer.start + 1) - 1)];
  const before = s ? input.text.slice(Math.min(s.start, q.outer.start), q.outer.start).trim() : '';
  return before === '' || /[:,]$/.test(before) ? 'full' : 'partial';
}
