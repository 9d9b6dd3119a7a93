import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DataFileError } from '../data/data-file-error.js';
import { parseDataFile } from '../data/parse-data-file.js';
import type { Annotations } from '../schema/annotations.js';
import type { EntityKind } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Mention } from '../schema/mention.js';
import type { Quote, Speaker } from '../schema/quote.js';
import { compareSpans, type Span } from '../schema/span.js';
import { agreementOf, eventAt } from './agreement.js';
import { type CurationEntry, CurationFileSchema } from './curation-file.js';
import type { CurationOutcome, Note } from './curation-records.js';
import { resolveTextQuote } from './text-quote.js';

/** What curation needs to know about an entity an entry names. */
export interface CurationEntity {
  name: string;
  kind: EntityKind;
}

export interface CurationInput {
  text: string;
  /** What extraction found, untouched: curation applies over a copy. */
  annotations: Annotations;
  /** The curation file's name (for errors) and its text. */
  file: string;
  source: string;
  /** Every entity an entry may name: the knowledge base and what extraction discovered. */
  entities: ReadonlyMap<string, CurationEntity>;
}

/** The line each entry of the file starts on, from the YAML/JSON source. */
function entryLines(source: string): (number | null)[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const root = document.contents;
  const entries = isMap(root) ? root.get('entries', true) : null;
  if (!isSeq(entries)) return [];
  return entries.items.map((item) => {
    const range = (item as { range?: [number, number, number] }).range;
    return range ? lineCounter.linePos(range[0]).line : null;
  });
}

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const byStart = <T extends { span: Span }>(a: T, b: T) => compareSpans(a.span, b.span);

/**
 * Overlays an editor's curation file on extraction: every entry is pinned to the words it quotes, applied
 * in order, and marked `source: 'curation'`. An entry whose words are not (or no longer uniquely) in the
 * text, or that names an unknown entity, stops the build with a DataFileError naming the file, the entry
 * and its line: publishing a fact pinned to the wrong words would be worse than publishing nothing.
 */
export function applyCuration(input: CurationInput): Annotations {
  const { text, annotations: raw, file, entities } = input;
  const { entries } = parseDataFile(input.source, file, CurationFileSchema);
  const lines = entryLines(input.source);
  const out: Annotations = {
    ...raw,
    mentions: [...raw.mentions],
    quotes: [...raw.quotes],
    times: [...raw.times],
    events: [...raw.events],
    notes: [...(raw.notes ?? [])],
  };
  const outcomes: CurationOutcome[] = [];
  entries.forEach((entry, index) => {
    const fail = (problem: string): never => {
      throw new DataFileError(file, lines[index] ?? null, `entries[${index}] (${entry.action})`, problem);
    };
    const resolved = resolveTextQuote(text, entry.at);
    if (!resolved.ok) fail(resolved.problem);
    const span = (resolved as { span: Span }).span;
    const entity = (id: string): CurationEntity => entities.get(id) ?? fail(`unknown entity "${id}"`);
    for (const id of namedEntities(entry)) entity(id);
    outcomes.push({
      file,
      index,
      line: lines[index] ?? null,
      action: entry.action,
      span,
      text: text.slice(span.start, span.end),
      ...agreementOf(raw, entry, span),
    });
    applyEntry(out, entry, span, text, entity, fail);
  });
  out.mentions.sort(byStart);
  out.quotes.sort(byStart);
  out.times.sort(byStart);
  out.notes!.sort(byStart);
  out.events.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  return { ...out, curation: [...(raw.curation ?? []), ...outcomes] };
}

function namedEntities(entry: CurationEntry): string[] {
  switch (entry.action) {
    case 'link-mention':
      return [entry.entity];
    case 'add-mention':
      return entry.entity ? [entry.entity] : [];
    case 'set-speaker':
    case 'add-quote':
      return entry.speaker?.entity ? [entry.speaker.entity] : [];
    case 'add-event':
      return [...(entry.participants ?? []).map((p) => p.entity), ...(entry.place ? [entry.place] : [])];
    case 'edit-event':
      return [
        ...(entry.set.participants ?? []).map((p) => p.entity),
        ...Object.keys(entry.set.roles ?? {}),
        ...(entry.set.place ? [entry.set.place] : []),
      ];
    default:
      return [];
  }
}

function applyEntry(
  out: Annotations,
  entry: CurationEntry,
  span: Span,
  text: string,
  entity: (id: string) => CurationEntity,
  fail: (problem: string) => never,
): void {
  const words = text.slice(span.start, span.end);
  const put = <T extends { span: Span }>(list: T[], fact: T) => {
    const at = list.findIndex((x) => same(x.span, span));
    if (at === -1) list.push(fact);
    else list[at] = fact;
  };
  const mentionAt = out.mentions.find((m) => same(m.span, span));
  const quoteAt = out.quotes.find((q) => same(q.span, span));
  const speakerOf = (s: { entity?: string; name?: string }): Speaker =>
    s.entity
      ? { entityId: s.entity, name: s.name ?? entity(s.entity).name, span: null, form: 'name' }
      : { entityId: null, name: s.name!, span: null, form: 'described' };
  const newMention = (entityId: string | null, type: EntityKind, form: Mention['form']): Mention => ({
    id: `m-${span.start}-${span.end}`,
    span,
    text: words,
    type,
    form,
    entityId,
    role: mentionAt?.role ?? null,
    source: 'curation',
  });
  const newQuote = (speaker: Speaker | null, kind: Quote['kind']): Quote => ({
    id: `q-${span.start}-${span.end}`,
    span,
    text: words,
    kind,
    speaker,
    verb: quoteAt?.verb ?? null,
    channel: quoteAt?.channel ?? null,
    continuation: false,
    parentId: quoteAt?.parentId ?? null,
    source: 'curation',
  });
  switch (entry.action) {
    case 'note': {
      const note: Note = {
        id: `n-${span.start}-${span.end}`,
        span,
        text: words,
        note: entry.note,
        source: 'curation',
      };
      put(out.notes!, note);
      return;
    }
    case 'link-mention': {
      const kind = entity(entry.entity).kind;
      put(out.mentions, {
        ...(mentionAt ?? newMention(null, kind, 'name')),
        entityId: entry.entity,
        type: kind,
        source: 'curation',
      });
      return;
    }
    case 'unlink-mention':
      if (mentionAt) put(out.mentions, { ...mentionAt, entityId: null, source: 'curation' });
      return;
    case 'add-mention': {
      const type =
        entry.type ??
        (entry.entity ? entity(entry.entity).kind : fail('give a type for a mention with no entity'));
      put(out.mentions, newMention(entry.entity, type, entry.form));
      return;
    }
    case 'set-speaker':
      put(
        out.quotes,
        quoteAt
          ? { ...quoteAt, speaker: speakerOf(entry.speaker), continuation: false, source: 'curation' }
          : newQuote(speakerOf(entry.speaker), 'partial'),
      );
      return;
    case 'add-quote':
      put(out.quotes, newQuote(entry.speaker ? speakerOf(entry.speaker) : null, entry.kind));
      return;
    case 'add-time':
      put(out.times, {
        id: `t-${span.start}-${span.end}`,
        span,
        text: words,
        value: entry.value,
        granularity: entry.value === null ? null : entry.granularity,
        vague: entry.value === null,
        anchor: 'absolute',
        source: 'curation',
      });
      return;
    case 'add-event':
      out.events.push({
        id: `e-${span.start}-${span.end}`,
        type: entry.type,
        label: entry.label,
        participants: (entry.participants ?? []).map((p) => ({ entityId: p.entity, role: p.role ?? null })),
        placeId: entry.place ?? null,
        time: entry.time ? { value: entry.time, timeId: null } : null,
        duration: null,
        descriptions: [],
        evidence: [sentenceAround(out, span)],
        triggers: [{ span, text: words }],
        source: 'curation',
      });
      return;
    case 'edit-event': {
      const event =
        eventAt(out.events, span) ?? fail(`no event is named by these words; use add-event to add one`);
      out.events[out.events.indexOf(event)] = editEvent(event, entry.set);
      return;
    }
    case 'remove': {
      const lists = { mention: out.mentions, quote: out.quotes, time: out.times } as const;
      if (entry.what === 'event') {
        const event = eventAt(out.events, span);
        if (event) out.events.splice(out.events.indexOf(event), 1);
        return;
      }
      const list: { span: Span }[] = lists[entry.what];
      const at = list.findIndex((x) => same(x.span, span));
      if (at !== -1) list.splice(at, 1);
      return;
    }
  }
}

function editEvent(event: Event, set: Extract<CurationEntry, { action: 'edit-event' }>['set']): Event {
  const participants = set.participants
    ? set.participants.map((p) => ({ entityId: p.entity, role: p.role ?? null }))
    : event.participants.map((p) => ({ ...p }));
  for (const [id, role] of Object.entries(set.roles ?? {})) {
    const participant = participants.find((p) => p.entityId === id);
    if (participant) participant.role = role;
    else participants.push({ entityId: id, role });
  }
  return {
    ...event,
    ...(set.type ? { type: set.type } : {}),
    ...(set.label ? { label: set.label } : {}),
    participants,
    placeId: set.place === undefined ? event.placeId : set.place,
    time: set.time === undefined ? event.time : set.time === null ? null : { value: set.time, timeId: null },
    source: 'curation',
  };
}

/** The sentence holding a span, as the evidence of an added event (the span itself when none does). */
function sentenceAround(annotations: Annotations, span: Span): Span {
  for (const section of annotations.structure.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (sentence.span.start <= span.start && span.end <= sentence.span.end) return sentence.span;
      }
    }
  }
  return span;
}
