import { createHash } from 'node:crypto';
import type { AnnotatedArticle, Corpus, Entity, Mention, Span } from '@dispatch/core';

// Hand-made corpus for the export tests. Offsets come from indexOf so they cannot drift from the text.
// The first article has an astral character (U+1F54A, two UTF-16 units) before a mention, so code
// point offsets differ from JS string offsets after it.
export const DOVE = '\u{1F54A}';

export const SUMMIT_TEXT =
  `MOSCOW: ${DOVE} Vladimir Putin met Steve Witkoff at the Kremlin on Friday. ` +
  '"The talks were constructive," Kremlin spokesman Dmitry Peskov said.\n\n' +
  'Peace plan\n\n' +
  'An aide to Zelensky said the plan had "nothing new" in it. He said Trump posted on Truth Social: "Stop!"';

export const BRIEF_TEXT = 'Donald Trump spoke to reporters in Rome. Trump said "we are close" to a deal.';

function locate(text: string) {
  return (surface: string, from = 0): Span => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
    return { start, end: start + surface.length };
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function mentionIn(text: string) {
  const at = locate(text);
  return (
    surface: string,
    entityId: string | null,
    type: Mention['type'],
    form: Mention['form'] = 'name',
    from = 0,
  ): Mention => {
    const span = at(surface, from);
    return {
      id: `m-${span.start}-${span.end}`,
      span,
      text: surface,
      type,
      form,
      entityId,
      role: null,
      source: 'extraction',
    };
  };
}

const sentences = (text: string, paragraph: Span, parts: string[]) => {
  const at = locate(text);
  return parts.map((part) => {
    const span = at(part, paragraph.start);
    return { id: `s-${span.start}`, span };
  });
};

export function summitArticle(): AnnotatedArticle {
  const text = SUMMIT_TEXT;
  const at = locate(text);
  const mention = mentionIn(text);
  const p1 = { start: 0, end: text.indexOf('\n\n') };
  const p2 = at(
    'An aide to Zelensky said the plan had "nothing new" in it. He said Trump posted on Truth Social: "Stop!"',
  );
  const peskov = {
    ...mention('Dmitry Peskov', 'dmitry-peskov', 'PERSON'),
    role: { span: at('Kremlin spokesman'), text: 'Kremlin spokesman' },
  };
  const friday = at('Friday');
  return {
    id: 'summit-talks',
    headline: 'Putin meets Witkoff in Moscow',
    filed: '2025-04-26',
    dateline: 'Moscow',
    credit: 'Agencies',
    language: 'en',
    text,
    sha256: sha256(text),
    structure: {
      dateline: { span: at('MOSCOW'), text: 'MOSCOW' },
      credit: null,
      sections: [
        {
          subhead: null,
          paragraphs: [
            {
              id: 'p-1',
              span: p1,
              sentences: sentences(text, p1, [
                `${DOVE} Vladimir Putin met Steve Witkoff at the Kremlin on Friday.`,
                '"The talks were constructive," Kremlin spokesman Dmitry Peskov said.',
              ]),
            },
          ],
        },
        {
          subhead: { span: at('Peace plan'), text: 'Peace plan' },
          paragraphs: [
            {
              id: 'p-2',
              span: p2,
              sentences: sentences(text, p2, [
                'An aide to Zelensky said the plan had "nothing new" in it.',
                'He said Trump posted on Truth Social: "Stop!"',
              ]),
            },
          ],
        },
      ],
    },
    mentions: [
      mention('MOSCOW', 'moscow', 'LOC'),
      mention('Vladimir Putin', 'vladimir-putin', 'PERSON'),
      mention('Steve Witkoff', 'steve-witkoff', 'PERSON'),
      mention('Kremlin', 'kremlin', 'ORG'),
      mention('Kremlin', 'kremlin', 'ORG', 'name', at('Kremlin').end),
      peskov,
      mention('Zelensky', 'volodymyr-zelensky', 'PERSON'),
      mention('He', null, 'PERSON', 'pronoun'),
      mention('Trump', 'donald-trump', 'PERSON'),
    ],
    quotes: [
      {
        id: `q-${at('The talks were constructive,').start}-${at('The talks were constructive,').end}`,
        span: at('The talks were constructive,'),
        text: 'The talks were constructive,',
        kind: 'full',
        speaker: {
          entityId: 'dmitry-peskov',
          name: 'Dmitry Peskov',
          span: at('Dmitry Peskov'),
          form: 'name',
        },
        verb: { span: at('said'), text: 'said' },
        channel: null,
        continuation: false,
        parentId: null,
        source: 'extraction',
      },
      {
        id: `q-${at('nothing new').start}-${at('nothing new').end}`,
        span: at('nothing new'),
        text: 'nothing new',
        kind: 'partial',
        speaker: {
          entityId: null,
          name: 'an aide to Zelensky',
          span: at('An aide to Zelensky'),
          form: 'described',
        },
        verb: { span: at('said', at('Zelensky').end), text: 'said' },
        channel: null,
        continuation: false,
        parentId: null,
        source: 'extraction',
      },
      {
        id: `q-${at('Stop!').start}-${at('Stop!').end}`,
        span: at('Stop!'),
        text: 'Stop!',
        kind: 'full',
        speaker: { entityId: 'donald-trump', name: 'Donald Trump', span: at('Trump'), form: 'name' },
        verb: { span: at('posted'), text: 'posted' },
        channel: { name: 'Truth Social', span: at('Truth Social') },
        continuation: false,
        parentId: null,
        source: 'extraction',
      },
    ],
    times: [
      {
        id: `t-${friday.start}-${friday.end}`,
        span: friday,
        text: 'Friday',
        value: '2025-04-25',
        granularity: 'day',
        vague: false,
        anchor: 'filed',
        source: 'extraction',
      },
    ],
    events: [
      {
        id: `e-${p1.start}-${at('Friday.').end}`,
        type: 'meeting',
        label: 'Putin meets Witkoff',
        participants: [
          { entityId: 'vladimir-putin', role: 'host' },
          { entityId: 'steve-witkoff', role: 'envoy' },
        ],
        placeId: 'moscow',
        time: { value: '2025-04-25', timeId: `t-${friday.start}-${friday.end}` },
        duration: null,
        descriptions: [{ text: 'constructive', span: at('constructive'), by: 'dmitry-peskov' }],
        evidence: [at(`${DOVE} Vladimir Putin met Steve Witkoff at the Kremlin on Friday.`)],
        source: 'extraction',
      },
    ],
  };
}

export function briefArticle(): AnnotatedArticle {
  const text = BRIEF_TEXT;
  const at = locate(text);
  const mention = mentionIn(text);
  const whole = { start: 0, end: text.length };
  return {
    id: 'trump-in-rome',
    headline: 'Trump says a deal is close',
    filed: '2025-04-20',
    byline: 'A. Reporter',
    language: 'en',
    url: 'https://example.org/news/trump-in-rome',
    text,
    sha256: sha256(text),
    structure: {
      dateline: null,
      credit: null,
      sections: [
        {
          subhead: null,
          paragraphs: [
            {
              id: 'p-1',
              span: whole,
              sentences: sentences(text, whole, [
                'Donald Trump spoke to reporters in Rome.',
                'Trump said "we are close" to a deal.',
              ]),
            },
          ],
        },
      ],
    },
    mentions: [
      mention('Donald Trump', 'donald-trump', 'PERSON'),
      mention('Rome', 'rome', 'LOC'),
      mention('Trump', 'donald-trump', 'PERSON', 'name', at('Rome').end),
    ],
    quotes: [
      {
        id: `q-${at('we are close').start}-${at('we are close').end}`,
        span: at('we are close'),
        text: 'we are close',
        kind: 'partial',
        speaker: { entityId: 'donald-trump', name: 'Donald Trump', span: at('Trump', 20), form: 'name' },
        verb: { span: at('said'), text: 'said' },
        channel: null,
        continuation: false,
        parentId: null,
        source: 'extraction',
      },
    ],
    times: [],
    events: [],
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

export function exportEntities(): Entity[] {
  return [
    entity('dmitry-peskov', 'Dmitry Peskov', 'PERSON', { aliases: ['Peskov'], roles: ['Kremlin spokesman'] }),
    entity('donald-trump', 'Donald Trump', 'PERSON', { aliases: ['Trump'], wikidata: 'Q22686' }),
    entity('kremlin', 'Kremlin', 'ORG', { source: 'extraction' }),
    entity('moscow', 'Moscow', 'LOC', { wikidata: 'Q649' }),
    entity('rome', 'Rome', 'LOC', { wikidata: 'Q220' }),
    entity('steve-witkoff', 'Steve Witkoff', 'PERSON', { aliases: ['Witkoff'], roles: ['US envoy'] }),
    entity('vladimir-putin', 'Vladimir Putin', 'PERSON', {
      aliases: ['Putin'],
      wikidata: 'Q7747',
      description: 'President of Russia.',
    }),
    entity('volodymyr-zelensky', 'Volodymyr Zelensky', 'PERSON', {
      aliases: ['Zelensky'],
      wikidata: 'Q3874799',
    }),
  ];
}

/** Two articles, newest first, and the entities they mention, sorted by id (as the pipeline orders them). */
export function exportCorpus(): Corpus {
  return { schemaVersion: '1.0.0', entities: exportEntities(), articles: [summitArticle(), briefArticle()] };
}

/** A copy of `article` under another id: for building large synthetic corpora cheaply (text shared). */
export const cloneArticle = (article: AnnotatedArticle, id: string): AnnotatedArticle => ({ ...article, id });
