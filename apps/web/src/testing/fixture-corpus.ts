import type { AnnotatedArticle, Corpus, Entity, Mention, Quote, TimeExpression } from '@dispatch/core';

// A small hand-made corpus for component tests: two sections, a subhead, a quote on a channel, a nested
// quote, a vague time and a meeting. Offsets come from indexOf so they cannot drift from the text.
export const FIXTURE_TEXT = [
  'PARIS: Ada Lovelace met Charles Babbage on Monday in London. "The engine weaves ‘algebraic’ patterns," Lovelace said.',
  'Engines and looms',
  'Babbage posted on X that the talks were "very productive". The Royal Society said nothing in the past.',
].join('\n');

const at = (surface: string, from = 0) => {
  const start = FIXTURE_TEXT.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return { start, end: start + surface.length };
};

const KINDS: Record<string, Entity['kind']> = {
  paris: 'LOC',
  london: 'LOC',
  'royal-society': 'ORG',
};

const mention = (
  surface: string,
  entityId: string | null,
  from = 0,
  form: Mention['form'] = 'name',
): Mention => {
  const span = at(surface, from);
  return {
    id: `m-${span.start}-${span.end}`,
    span,
    text: surface,
    type: (entityId && KINDS[entityId]) || 'PERSON',
    form,
    entityId,
    role: null,
    source: 'extraction',
  };
};

const quote = (surface: string, overrides: Partial<Quote>): Quote => {
  const span = at(surface);
  return {
    id: `q-${span.start}-${span.end}`,
    span,
    text: surface,
    kind: 'full',
    speaker: null,
    verb: null,
    channel: null,
    continuation: false,
    parentId: null,
    source: 'extraction',
    ...overrides,
  };
};

const time = (surface: string, value: string | null, from = 0): TimeExpression => {
  const span = at(surface, from);
  return {
    id: `t-${span.start}-${span.end}`,
    span,
    text: surface,
    value,
    granularity: value ? 'day' : null,
    vague: value === null,
    anchor: value ? 'filed' : 'absolute',
    source: 'extraction',
  };
};

const sentence = (surface: string) => {
  const span = at(surface);
  return { id: `s-${span.start}`, span };
};

export function fixtureArticle(): AnnotatedArticle {
  const [line1, line2, line3] = FIXTURE_TEXT.split('\n') as [string, string, string];
  const p1 = at(line1);
  const subhead = at(line2);
  const p2 = at(line3);
  const outer = quote('The engine weaves ‘algebraic’ patterns,', {
    speaker: { entityId: 'ada-lovelace', name: 'Ada Lovelace', span: at('Lovelace said'), form: 'name' },
    verb: { span: at('said'), text: 'said' },
  });
  const inner = quote('algebraic', { kind: 'partial', parentId: outer.id });
  const s1 = sentence('Ada Lovelace met Charles Babbage on Monday in London.');
  return {
    id: 'engine-talk',
    headline: 'Lovelace meets Babbage',
    filed: '2025-04-26',
    dateline: 'Paris',
    credit: 'Agencies',
    language: 'en',
    text: FIXTURE_TEXT,
    sha256: '0'.repeat(64),
    structure: {
      dateline: { span: at('PARIS'), text: 'PARIS' },
      credit: null,
      sections: [
        {
          subhead: null,
          paragraphs: [
            {
              id: 'p-1',
              span: p1,
              sentences: [
                { id: `s-${p1.start}`, span: { start: p1.start, end: s1.span.end } },
                { id: `s-${s1.span.end + 1}`, span: { start: s1.span.end + 1, end: p1.end } },
              ],
            },
          ],
        },
        {
          subhead: { span: subhead, text: line2 },
          paragraphs: [
            {
              id: 'p-2',
              span: p2,
              sentences: [
                sentence('Babbage posted on X that the talks were "very productive".'),
                sentence('The Royal Society said nothing in the past.'),
              ],
            },
          ],
        },
      ],
    },
    mentions: [
      mention('PARIS', 'paris'),
      mention('Ada Lovelace', 'ada-lovelace'),
      mention('Charles Babbage', 'charles-babbage'),
      mention('London', 'london'),
      mention('Lovelace', 'ada-lovelace', at('patterns').end),
      mention('Babbage', 'charles-babbage', p2.start),
      mention('The Royal Society', 'royal-society'),
    ],
    quotes: [
      outer,
      inner,
      quote('very productive', {
        kind: 'partial',
        speaker: {
          entityId: 'charles-babbage',
          name: 'Charles Babbage',
          span: at('Babbage', p2.start),
          form: 'name',
        },
        verb: { span: at('posted'), text: 'posted' },
        channel: { name: 'X', span: at('X', p2.start) },
      }),
    ],
    times: [time('Monday', '2025-04-21'), time('in the past', null)],
    events: [
      {
        id: `e-${s1.span.start}-${s1.span.end}`,
        type: 'meeting',
        label: 'Ada Lovelace meets Charles Babbage',
        participants: [
          { entityId: 'ada-lovelace', role: null },
          { entityId: 'charles-babbage', role: null },
        ],
        placeId: 'london',
        time: { value: '2025-04-21', timeId: `t-${at('Monday').start}-${at('Monday').end}` },
        duration: null,
        descriptions: [],
        evidence: [s1.span],
        source: 'extraction',
      },
    ],
  };
}

const entity = (id: string, name: string, kind: Entity['kind'], extra: Partial<Entity> = {}): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  roles: [],
  source: 'knowledge-base',
  ...extra,
});

export function fixtureCorpus(): Corpus {
  return {
    schemaVersion: '1.0.0',
    entities: [
      entity('ada-lovelace', 'Ada Lovelace', 'PERSON', {
        aliases: ['Lovelace', 'the Countess'],
        roles: ['mathematician'],
        wikidata: 'Q7259',
      }),
      entity('charles-babbage', 'Charles Babbage', 'PERSON', { roles: ['inventor'] }),
      entity('london', 'London', 'LOC'),
      entity('paris', 'Paris', 'LOC'),
      entity('royal-society', 'The Royal Society', 'ORG', { source: 'extraction' }),
    ],
    articles: [fixtureArticle()],
  };
}
