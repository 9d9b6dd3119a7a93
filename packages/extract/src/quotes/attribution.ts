import type { Span, Speaker, TextSpan } from '@dispatch/core';
import { INVERTABLE_VERBS, SPEECH_VERBS } from '../gazetteer/speech-verbs.js';
import { antecedent, pronounGender, type Referent } from '../mentions/pronouns.js';
import type { EntityRef } from '../mentions/resolve-names.js';
import { firstSpanFrom, lastSpanStartingBy } from '../text/span-index.js';
import type { Token } from '../text/tokens.js';
import type { Candidate } from './candidates.js';

/** Who said a quote and how the text says so. */
export interface Attribution {
  speaker: Speaker;
  verb: TextSpan | null;
  /** Where the attribution clause lies, to look for a channel in it. */
  clause: Span;
}

/** What attribution needs to know about the article. */
export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  candidates: readonly Candidate[];
  candidateSpans: readonly Span[];
  sentences: readonly Span[];
  referents: readonly Referent[];
  referentSpans: readonly Span[];
  entities: ReadonlyMap<string, EntityRef>;
}

// Words that may stand between a speaker and the verb ("Trump also said", "Putin on Friday told").
const FILLER =
  /^(?:\s|,|also|later|then|again|previously|once|only|recently|repeatedly|has|had|have|was|is|would|will|had|earlier|today|yesterday|on|last|this|week|night|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|a|an|the|statement|separately|further|privately|publicly|herself|himself|themselves|tonight|\d+)*$/i;
const APPOSITIVE = /^,[^,.;!?"“”]{1,70},\s*$/;
const LONG_APPOSITIVE = /^,[^;!?"“”]{1,250},\s*(?:also\s|later\s|then\s)?$/;
const AFFILIATION = /^\s+(?:of|from|at|with)\s[^,;.!?"“”]{1,60}$/;
// One to three words of a title between an organisation and a name ("President", "chief economist").
const TITLE_BETWEEN = /^(?:[’']s)?\s+(?:[\p{L}’'.-]+\s+){0,2}[\p{L}’'.-]+\s+$/u;

// One shared pattern, read with exec: matchAll would copy it for every quote.
const ACCORDING_TO = /\baccording to\s/gi;

/**
 * Finds the speaker of the quote whose marks span `outer`, within [from, to): "according to X" in the
 * sentence, then the clause after the closing mark ("…,” Trump said", "…,” said Peskov"), then the
 * clause before the opening mark ("Zelensky wrote:", "Britain said Starmer … “discussed”").
 */
export function attribute(
  ctx: AttributionContext,
  outer: Span,
  from: number,
  to: number,
  previous: Speaker | null,
): Attribution | null {
  const { text } = ctx;
  const sentenceStart = Math.max(from, sentenceStartAt(ctx, outer.start));
  const sentenceEnd = Math.min(to, sentenceEndAt(ctx, Math.max(outer.start, outer.end - 1)));
  const sentence = text.slice(sentenceStart, sentenceEnd);
  ACCORDING_TO.lastIndex = 0;
  for (let found = ACCORDING_TO.exec(sentence); found; found = ACCORDING_TO.exec(sentence)) {
    const at = sentenceStart + found.index;
    if (at >= outer.start && at < outer.end) continue;
    const m = { index: at, 0: found[0] };
    const after = m.index + m[0].length;
    const c = ctx.candidates[firstSpanFrom(ctx.candidateSpans, after)];
    if (c && c.span.start <= after + 12)
      return done(ctx, c, { start: m.index, end: m.index + m[0].length - 1 }, c.span, previous);
  }
  // a byline after the quote: "…” ― Pamela Smith"
  const dash = /^\s*[―—–]\s*/.exec(text.slice(outer.end, outer.end + 6));
  if (dash) {
    const c = ctx.candidates[firstSpanFrom(ctx.candidateSpans, outer.end + dash[0].length)];
    if (c && c.span.start === outer.end + dash[0].length) return done(ctx, c, null, c.span, previous);
  }
  const afterEnd = sentenceEnd > outer.end ? sentenceEnd : Math.min(to, outer.end + 120);
  const after = verbNear(ctx, outer.end, afterEnd, 'first');
  if (after && /^[\s,—–-]*$/.test(text.slice(outer.end, after.subject?.span.start ?? after.verb.start)))
    if (after.subject)
      return done(ctx, after.subject, after.verb, { start: outer.end, end: afterEnd }, previous);
  const before = verbNear(ctx, sentenceStart, outer.start, 'last');
  if (before?.subject)
    return done(ctx, before.subject, before.verb, { start: sentenceStart, end: outer.start }, previous);
  if (after?.subject)
    return done(ctx, after.subject, after.verb, { start: outer.end, end: afterEnd }, previous);
  const lead = text.slice(sentenceStart, outer.start).trim();
  // "President Obama is rolling out a new message: “It's about me.”"
  if (lead.endsWith(':')) {
    const c = firstIn(ctx, sentenceStart, outer.start);
    if (c) return done(ctx, c, null, { start: sentenceStart, end: outer.start }, previous);
  }
  // "…, Schiff said. “The other factor…”": the sentence before ends with its attribution
  if (lead === '') {
    const k = lastSpanStartingBy(ctx.sentences, outer.start) - 1;
    const prev = ctx.sentences[k];
    if (
      prev &&
      prev.start >= from &&
      /\b(?:said|says|added|wrote|continued|explained|told \w+)\s*[.:]$/.test(
        text.slice(prev.start, prev.end),
      )
    ) {
      const v = verbNear(ctx, prev.start, prev.end, 'last');
      if (v?.subject) return done(ctx, v.subject, v.verb, prev, previous);
    }
  }
  return null;
}

/** The first candidate in [from, to), a person if there is one. */
function firstIn(ctx: AttributionContext, from: number, to: number): Candidate | null {
  let first: Candidate | null = null;
  for (let i = firstSpanFrom(ctx.candidateSpans, from); i < ctx.candidates.length; i++) {
    const c = ctx.candidates[i]!;
    if (c.span.end > to) break;
    if (c.ref?.entity.kind === 'PERSON') return c;
    first ??= c;
  }
  return first;
}

interface VerbAndSubject {
  verb: Span;
  subject: Candidate | null;
}

/** The speech verb nearest the quote in [from, to), with its subject: the candidate before it, or after it. */
function verbNear(
  ctx: AttributionContext,
  from: number,
  to: number,
  which: 'first' | 'last',
): VerbAndSubject | null {
  const verbs: Token[] = [];
  for (let i = firstSpanFrom(ctx.tokens, from); i < ctx.tokens.length && ctx.tokens[i]!.end <= to; i++) {
    const t = ctx.tokens[i]!;
    if ((!t.cap || t.key === 'said' || t.key === 'says') && SPEECH_VERBS.has(t.key)) verbs.push(t);
  }
  const ordered = which === 'first' ? verbs : verbs.reverse();
  for (const verb of ordered.slice(0, 3)) {
    const subject =
      subjectBefore(ctx, from, verb) ?? (INVERTABLE_VERBS.has(verb.key) ? objectAfter(ctx, verb, to) : null);
    if (subject) return { verb: { start: verb.start, end: verb.end }, subject };
  }
  const first = ordered[0];
  return first ? { verb: { start: first.start, end: first.end }, subject: null } : null;
}

function subjectBefore(ctx: AttributionContext, from: number, verb: Token): Candidate | null {
  if (verb.key.endsWith('ing') && /,\s*$/.test(ctx.text.slice(Math.max(from, verb.start - 3), verb.start))) {
    const subject = clauseSubject(ctx, from, verb.start);
    if (subject) return subject;
  }
  let best: Candidate | null = null;
  let named: Candidate | null = null;
  let bestInApposition = false;
  for (let i = firstSpanFrom(ctx.candidateSpans, from); i < ctx.candidates.length; i++) {
    const c = ctx.candidates[i]!;
    if (c.span.end > verb.start) break;
    // "Jo Brandt, a writer for The Atlantic, said": what the apposition names does not speak
    if (bestInApposition) continue;
    const gap = ctx.text.slice(c.span.end, verb.start).replace(/\s*\([^()]{0,40}\)/g, '');
    if (FILLER.test(gap.replace(/[’']s\b/g, ' ')) || APPOSITIVE.test(gap)) {
      best = c;
      bestInApposition = isNamedPerson(c) && (APPOSITIVE.test(gap) || LONG_APPOSITIVE.test(gap));
    }
    // "Leonard Burman, director of the Tax Policy Center, said": the person before the apposition
    else if (isNamedPerson(c) && (LONG_APPOSITIVE.test(gap) || AFFILIATION.test(gap))) named = c;
  }
  if (named && best && best.span.start > named.span.start && best.ref?.entity.kind !== 'PERSON') return named;
  return best ?? named;
}

const isNamedPerson = (c: Candidate): boolean =>
  c.ref?.entity.kind === 'PERSON' && c.ref.form === 'name' && !c.pronoun;

// Words before a name that make it an object, not the subject ("in a call with Putin, Trump said").
const PREPOSITIONS = new Set([
  'with',
  'for',
  'to',
  'against',
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'about',
  'and',
]);

/**
 * The subject of the clause a participle hangs on ("Hale attacked Baker over Libya, saying, …"): the first
 * name, nominal or pronoun in [from, to) that is not the object of a preposition and is followed by a
 * lower-case word.
 */
function clauseSubject(ctx: AttributionContext, from: number, to: number): Candidate | null {
  for (let i = firstSpanFrom(ctx.candidateSpans, from); i < ctx.candidates.length; i++) {
    const c = ctx.candidates[i]!;
    if (c.span.end > to) break;
    if (!c.ref) continue;
    const at = firstSpanFrom(ctx.tokens, c.span.end);
    const next = ctx.tokens[at];
    const before = ctx.tokens[firstSpanFrom(ctx.tokens, c.span.start) - 1];
    if (!next || next.cap || !/^\s+$/.test(ctx.text.slice(c.span.end, next.start))) continue;
    if (before && before.end > from && PREPOSITIONS.has(before.key)) continue;
    return c;
  }
  return null;
}

function objectAfter(ctx: AttributionContext, verb: Token, to: number): Candidate | null {
  const at = firstSpanFrom(ctx.candidateSpans, verb.end);
  const c = ctx.candidates[at];
  if (!c || c.span.start >= to) return null;
  if (c.span.start - verb.end > 45) return null;
  // "said European Council President Donald Tusk", "said MSNBC host Chris Matthews": the organisation
  // qualifies the title of the person who speaks
  const next = ctx.candidates[at + 1];
  if (
    c.ref &&
    c.ref.entity.kind !== 'PERSON' &&
    next?.ref?.entity.kind === 'PERSON' &&
    next.ref.form === 'name' &&
    next.span.end <= to &&
    TITLE_BETWEEN.test(ctx.text.slice(c.span.end, next.span.start))
  )
    return next;
  return c;
}

function done(
  ctx: AttributionContext,
  c: Candidate,
  verb: Span | null,
  clause: Span,
  previous: Speaker | null,
): Attribution {
  return {
    speaker: speakerOf(ctx, c, previous),
    verb: verb ? { span: verb, text: ctx.text.slice(verb.start, verb.end) } : null,
    clause,
  };
}

/** The speaker a candidate stands for; a pronoun prefers the previous quote's speaker when it fits. */
function speakerOf(ctx: AttributionContext, c: Candidate, previous: Speaker | null): Speaker {
  if (!c.ref) return { entityId: null, name: c.description ?? '', span: c.span, form: 'described' };
  if (c.pronoun) {
    const gender = pronounGender(c.pronoun) ?? null;
    const prev = previous?.entityId ? ctx.entities.get(previous.entityId) : undefined;
    const fits = prev && prev.kind === 'PERSON' && (!gender || !prev.gender || prev.gender === gender);
    const entity = fits
      ? prev
      : (antecedent([ctx.referents], [ctx.referentSpans], ctx.sentences, c.span.start, gender) ??
        c.ref.entity);
    return { entityId: entity.id, name: entity.name, span: c.span, form: 'pronoun' };
  }
  const form = c.ref.form === 'nominal' ? 'nominal' : 'name';
  return { entityId: c.ref.entity.id, name: c.ref.entity.name, span: c.span, form };
}

function sentenceStartAt(ctx: AttributionContext, pos: number): number {
  const i = lastSpanStartingBy(ctx.sentences, pos);
  return i >= 0 ? ctx.sentences[i]!.start : 0;
}

function sentenceEndAt(ctx: AttributionContext, pos: number): number {
  const i = lastSpanStartingBy(ctx.sentences, pos);
  return i >= 0 ? ctx.sentences[i]!.end : ctx.text.length;
}
