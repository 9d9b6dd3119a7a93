// A small hand-made corpus for the TUI's tests. Offsets are found with indexOf so they cannot drift from
// the text; the texts are written for these tests (never the dev-set news).
import {
  type AnnotatedArticle,
  type Corpus,
  CorpusSchema,
  type Entity,
  type EntityKind,
  indexCorpus,
  type Mention,
  type Quote,
  type Span,
} from '@dispatch/core';
import { createLibrary, type Library } from '../src/data/library.js';

interface ArticleSpec {
  id: string;
  headline: string;
  filed: string;
  dateline: string;
  text: string;
  /** Each paragraph's full text, in order. */
  paragraphs: string[];
  /** Subheads, each opening the section of the paragraph it precedes. */
  subheads?: string[];
  /** [surface, entity id, nth occurrence (from 0)] */
  mentions: Array<[string, string, number?]>;
  quotes?: Array<{ text: string; speaker: string; channel?: string }>;
  times?: Array<{ text: string; value: string }>;
  credit?: string;
}

const ENTITIES: Entity[] = [
  {
    id: 'ada-lovelace',
    kind: 'PERSON',
    name: 'Ada Lovelace',
    aliases: ['Lovelace'],
    roles: ['Mathematician'],
    source: 'knowledge-base',
    wikidata: 'Q7259',
  },
  {
    id: 'charles-babbage',
    kind: 'PERSON',
    name: 'Charles Babbage',
    aliases: ['Babbage'],
    roles: ['Inventor'],
    source: 'knowledge-base',
  },
  {
    id: 'royal-society',
    kind: 'ORG',
    name: 'Royal Society',
    aliases: [],
    roles: [],
    source: 'knowledge-base',
  },
  { id: 'rome', kind: 'LOC', name: 'Rome', aliases: [], roles: [], source: 'knowledge-base' },
  { id: 'london', kind: 'LOC', name: 'London', aliases: [], roles: [], source: 'knowledge-base' },
];

const kindOf = (id: string): EntityKind => ENTITIES.find((e) => e.id === id)!.kind;

function nth(text: string, surface: string, n = 0, from = 0): Span {
  let start = text.indexOf(surface, from);
  for (let i = 0; i < n && start >= 0; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`fixture: "${surface}" (#${n}) not in text`);
  return { start, end: start + surface.length };
}

function buildArticle(spec: ArticleSpec): AnnotatedArticle {
  const { text } = spec;
  const subheads = spec.subheads ?? [];
  const sections: AnnotatedArticle['structure']['sections'] = [{ subhead: null, paragraphs: [] }];
  let cursor = 0;
  spec.paragraphs.forEach((paragraphText, p) => {
    const span = nth(text, paragraphText, 0, cursor);
    cursor = span.end;
    const subhead = subheads.find((s) => {
      const at = text.indexOf(s);
      return at >= 0 && at < span.start && text.slice(at + s.length, span.start).trim() === '';
    });
    if (subhead) sections.push({ subhead: { span: nth(text, subhead), text: subhead }, paragraphs: [] });
    const sentences = [...paragraphText.matchAll(/[^.!?]+[.!?]+["”]?/g)].map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      const start = span.start + m.index + lead;
      return { id: `s-${start}`, span: { start, end: span.start + m.index + m[0].length } };
    });
    sections[sections.length - 1]!.paragraphs.push({ id: `p-${p + 1}`, span, sentences });
  });
  const mentions: Mention[] = spec.mentions.map(([surface, entityId, n]) => {
    const span = nth(text, surface, n ?? 0);
    return {
      id: `m-${span.start}-${span.end}`,
      span,
      text: surface,
      type: kindOf(entityId),
      form: 'name',
      entityId,
      role: null,
      source: 'extraction',
    };
  });
  mentions.sort((a, b) => a.span.start - b.span.start);
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = nth(text, q.text);
    const speaker = ENTITIES.find((e) => e.id === q.speaker)!;
    return {
      id: `q-${span.start}-${span.end}`,
      span,
      text: q.text,
      kind: 'full',
      speaker: { entityId: speaker.id, name: speaker.name, span: null, form: 'name' },
      verb: null,
      channel: q.channel ? { name: q.channel, span: nth(text, q.channel) } : null,
      continuation: false,
      parentId: null,
      source: 'extraction',
    };
  });
  const times = (spec.times ?? []).map((t) => {
    const span = nth(text, t.text);
    return {
      id: `t-${span.start}-${span.end}`,
      span,
      text: t.text,
      value: t.value,
      granularity: 'day' as const,
      vague: false,
      anchor: 'filed' as const,
      source: 'extraction' as const,
    };
  });
  const datelineSurface = spec.dateline.toUpperCase();
  return {
    id: spec.id,
    headline: spec.headline,
    filed: spec.filed,
    dateline: spec.dateline,
    language: 'en',
    ...(spec.credit ? { credit: spec.credit } : {}),
    text,
    sha256: '0'.repeat(64),
    structure: {
      dateline: { span: nth(text, datelineSurface), text: datelineSurface },
      credit: spec.credit ? { span: nth(text, spec.credit), text: spec.credit } : null,
      sections,
    },
    mentions,
    quotes,
    times,
    events: [],
  };
}

const SUMMIT_TEXT = [
  'ROME: Ada Lovelace met Charles Babbage in Rome on Friday to talk about engines that think.',
  '“The engine weaves patterns as a loom weaves flowers and leaves,” Lovelace said.',
  'Engine plans',
  'The Royal Society backed the plan, and Babbage wrote on X: “We will build it.”',
  'Critics were unconvinced. – Agencies',
].join('\n');

export const SUMMIT = buildArticle({
  id: 'engine-summit',
  headline: 'Lovelace and Babbage meet in Rome to plan the engine',
  filed: '2025-04-26',
  dateline: 'Rome',
  credit: 'Agencies',
  text: SUMMIT_TEXT,
  paragraphs: [
    'ROME: Ada Lovelace met Charles Babbage in Rome on Friday to talk about engines that think.',
    '“The engine weaves patterns as a loom weaves flowers and leaves,” Lovelace said.',
    'The Royal Society backed the plan, and Babbage wrote on X: “We will build it.”',
    'Critics were unconvinced. – Agencies',
  ],
  subheads: ['Engine plans'],
  mentions: [
    ['ROME', 'rome'],
    ['Ada Lovelace', 'ada-lovelace'],
    ['Charles Babbage', 'charles-babbage'],
    ['Rome', 'rome', 0],
    ['Lovelace', 'ada-lovelace', 1],
    ['Royal Society', 'royal-society'],
    ['Babbage', 'charles-babbage', 1],
  ],
  quotes: [
    { text: 'The engine weaves patterns as a loom weaves flowers and leaves,', speaker: 'ada-lovelace' },
    { text: 'We will build it.', speaker: 'charles-babbage', channel: 'X' },
  ],
  times: [{ text: 'Friday', value: '2025-04-25' }],
});

const LONDON_TEXT = 'LONDON: Charles Babbage spoke in London on Monday about the difference engine.';

export const LONDON_TALK = buildArticle({
  id: 'london-talk',
  headline: 'Babbage speaks in London',
  filed: '2025-04-01',
  dateline: 'London',
  text: LONDON_TEXT,
  paragraphs: [LONDON_TEXT],
  mentions: [
    ['LONDON', 'london'],
    ['Charles Babbage', 'charles-babbage'],
    ['London', 'london'],
  ],
  times: [{ text: 'Monday', value: '2025-03-31' }],
});

/** The fixture corpus, validated by the core schema so the tests use data the app can really get. */
export function fixtureCorpus(articles: AnnotatedArticle[] = [SUMMIT, LONDON_TALK]): Corpus {
  return CorpusSchema.parse({ schemaVersion: '1.0.0', entities: ENTITIES, articles });
}

export const fixtureLibrary = (articles?: AnnotatedArticle[]): Library =>
  createLibrary(indexCorpus(fixtureCorpus(articles)));
