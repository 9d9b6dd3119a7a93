import type { AnnotatedArticle, Corpus } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';

// A tiny hand-made corpus for query tests. Offsets are found with indexOf so they cannot drift from the text.
export const FIXTURE_TEXT =
  'LONDON: Ada Lovelace met Charles Babbage on Monday. "The engine weaves patterns," Lovelace said.';

const at = (surface: string, from = 0) => {
  const start = FIXTURE_TEXT.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return { start, end: start + surface.length };
};

const mention = (surface: string, entityId: string, from = 0): Mention => {
  const span = at(surface, from);
  return {
    id: `m-${span.start}-${span.end}`,
    span,
    text: surface,
    type: entityId === 'london' ? 'LOC' : 'PERSON',
    form: 'name',
    entityId,
    role: null,
    source: 'extraction',
  };
};

const quoteSpan = at('The engine weaves patterns,');
export const FIXTURE_QUOTE: Quote = {
  id: `q-${quoteSpan.start}-${quoteSpan.end}`,
  span: quoteSpan,
  text: 'The engine weaves patterns,',
  kind: 'full',
  speaker: { entityId: 'ada-lovelace', name: 'Ada Lovelace', span: at('Lovelace', 60), form: 'name' },
  verb: { span: at('said'), text: 'said' },
  channel: null,
  continuation: false,
  parentId: null,
  source: 'extraction',
};

export function fixtureArticle(overrides: Partial<AnnotatedArticle> = {}): AnnotatedArticle {
  const sentence1 = at('Ada Lovelace met Charles Babbage on Monday.');
  const sentence2 = { start: sentence1.end + 1, end: FIXTURE_TEXT.length };
  return {
    id: 'engine-talk',
    headline: 'Lovelace meets Babbage',
    filed: '1843-07-04',
    dateline: 'London',
    language: 'en',
    text: FIXTURE_TEXT,
    sha256: '0'.repeat(64),
    structure: {
      dateline: { span: at('LONDON'), text: 'LONDON' },
      credit: null,
      sections: [
        {
          subhead: null,
          paragraphs: [
            {
              id: 'p-1',
              span: { start: 0, end: FIXTURE_TEXT.length },
              sentences: [
                { id: `s-${sentence1.start}`, span: sentence1 },
                { id: `s-${sentence2.start}`, span: sentence2 },
              ],
            },
          ],
        },
      ],
    },
    mentions: [
      mention('LONDON', 'london'),
      mention('Ada Lovelace', 'ada-lovelace'),
      mention('Charles Babbage', 'charles-babbage'),
      mention('Lovelace', 'ada-lovelace', 60),
    ],
    quotes: [FIXTURE_QUOTE],
    times: [
      {
        id: 't-44-50',
        span: at('Monday'),
        text: 'Monday',
        value: '1843-07-03',
        granularity: 'day',
        vague: false,
        anchor: 'filed',
        source: 'extraction',
      },
    ],
    events: [],
    ...overrides,
  };
}

const entity = (id: string, name: string, kind: Entity['kind']): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  roles: [],
  source: 'knowledge-base',
});

export function fixtureCorpus(articles: AnnotatedArticle[] = [fixtureArticle()]): Corpus {
  return {
    schemaVersion: '1.0.0',
    entities: [
      entity('ada-lovelace', 'Ada Lovelace', 'PERSON'),
      entity('charles-babbage', 'Charles Babbage', 'PERSON'),
      entity('london', 'London', 'LOC'),
    ],
    articles,
  };
}

/** A meeting in the fixture's first sentence, dated by its "Monday" time expression. */
export const FIXTURE_MEETING: Event = {
  id: 'e-8-51',
  type: 'meeting',
  label: 'Lovelace meets Babbage',
  participants: [],
  placeId: null,
  time: { value: '1843-07-03', timeId: 't-44-50' },
  duration: null,
  descriptions: [],
  evidence: [{ start: 8, end: 51 }],
  source: 'extraction',
};
