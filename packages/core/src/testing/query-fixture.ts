import type { AnnotatedArticle, Corpus } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import type { TimeExpression } from '../schema/time.js';

// Two small hand-written stories for the query tests. Every span is found with indexOf, so it cannot drift.

export const TALKS_TEXT =
  'MOSCOW: Vladimir Putin met Steve Witkoff on Friday. "We are ready for talks," Putin said on Telegram. ' +
  'Zelensky and Trump met in Rome last week. Trump wrote on Truth Social: "A ceasefire now!" Recently, tensions rose.';

export const KYIV_TEXT =
  'KYIV: Volodymyr Zelensky said the ceasefire must hold. "We will not surrender," Zelensky told reporters in March 2025.';

/** The span of the `nth` occurrence (from 0) of `surface` in `text`. */
export function spanOf(text: string, surface: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`fixture: "${surface}" #${nth} not in text`);
  }
  return { start, end: start + surface.length };
}

const KINDS: Record<string, Entity['kind']> = { moscow: 'LOC', rome: 'LOC', kyiv: 'LOC' };

const mention = (text: string, surface: string, entityId: string, nth = 0): Mention => {
  const span = spanOf(text, surface, nth);
  return {
    id: `m-${span.start}-${span.end}`,
    span,
    text: surface,
    type: KINDS[entityId] ?? 'PERSON',
    form: 'name',
    entityId,
    role: null,
    source: 'extraction',
  };
};

const quote = (
  text: string,
  words: string,
  speakerId: string,
  speakerName: string,
  channel: string | null,
): Quote => {
  const span = spanOf(text, words);
  return {
    id: `q-${span.start}-${span.end}`,
    span,
    text: words,
    kind: 'full',
    speaker: { entityId: speakerId, name: speakerName, span: null, form: 'name' },
    verb: null,
    channel: channel ? { name: channel, span: spanOf(text, channel) } : null,
    continuation: false,
    parentId: null,
    source: 'extraction',
  };
};

const time = (
  text: string,
  surface: string,
  value: string | null,
  granularity: TimeExpression['granularity'],
) => {
  const span = spanOf(text, surface);
  return {
    id: `t-${span.start}-${span.end}`,
    span,
    text: surface,
    value,
    granularity,
    vague: value === null,
    anchor: 'filed',
    source: 'extraction',
  } satisfies TimeExpression;
};

const event = (
  text: string,
  sentence: string,
  label: string,
  people: string[],
  value: string | null,
): Event => {
  const span = spanOf(text, sentence);
  return {
    id: `e-${span.start}-${span.end}`,
    type: 'meeting',
    label,
    participants: people.map((entityId) => ({ entityId, role: null })),
    placeId: null,
    time: value ? { value, timeId: null } : null,
    duration: null,
    descriptions: [],
    evidence: [span],
    source: 'extraction',
  };
};

/** One paragraph whose sentences are the given surfaces, in order. */
const structure = (text: string, dateline: string, sentences: string[]): AnnotatedArticle['structure'] => ({
  dateline: { span: spanOf(text, dateline), text: dateline },
  credit: null,
  sections: [
    {
      subhead: null,
      paragraphs: [
        {
          id: 'p-1',
          span: { start: 0, end: text.length },
          sentences: sentences.map((s) => ({ id: `s-${spanOf(text, s).start}`, span: spanOf(text, s) })),
        },
      ],
    },
  ],
});

const T = TALKS_TEXT;
const S1 = 'Vladimir Putin met Steve Witkoff on Friday.';
const S3 = 'Zelensky and Trump met in Rome last week.';

export const talksArticle: AnnotatedArticle = {
  id: 'putin-talks',
  headline: 'Putin ready for talks',
  filed: '2025-04-26',
  dateline: 'Moscow',
  language: 'en',
  text: T,
  sha256: '1'.repeat(64),
  structure: structure(T, 'MOSCOW', [
    S1,
    '"We are ready for talks," Putin said on Telegram.',
    S3,
    'Trump wrote on Truth Social: "A ceasefire now!"',
    'Recently, tensions rose.',
  ]),
  mentions: [
    mention(T, 'MOSCOW', 'moscow'),
    mention(T, 'Vladimir Putin', 'vladimir-putin'),
    mention(T, 'Steve Witkoff', 'steve-witkoff'),
    mention(T, 'Putin', 'vladimir-putin', 1),
    mention(T, 'Zelensky', 'volodymyr-zelensky'),
    mention(T, 'Trump', 'donald-trump'),
    mention(T, 'Rome', 'rome'),
    mention(T, 'Trump', 'donald-trump', 1),
  ],
  quotes: [
    quote(T, 'We are ready for talks,', 'vladimir-putin', 'Vladimir Putin', 'Telegram'),
    quote(T, 'A ceasefire now!', 'donald-trump', 'Donald Trump', 'Truth Social'),
  ],
  times: [
    time(T, 'Friday', '2025-04-25', 'day'),
    time(T, 'last week', '2025-W16', 'week'),
    time(T, 'Recently', null, null),
  ],
  events: [
    event(T, S1, 'Putin meets Witkoff', ['vladimir-putin', 'steve-witkoff'], '2025-04-25'),
    event(T, S3, 'Zelensky meets Trump', ['volodymyr-zelensky', 'donald-trump'], null),
  ],
};

const K = KYIV_TEXT;

export const kyivArticle: AnnotatedArticle = {
  id: 'kyiv-holds',
  headline: 'Zelensky: the ceasefire must hold',
  filed: '2025-03-10',
  dateline: 'Kyiv',
  language: 'en',
  text: K,
  sha256: '2'.repeat(64),
  structure: structure(K, 'KYIV', [
    'Volodymyr Zelensky said the ceasefire must hold.',
    '"We will not surrender," Zelensky told reporters in March 2025.',
  ]),
  mentions: [
    mention(K, 'KYIV', 'kyiv'),
    mention(K, 'Volodymyr Zelensky', 'volodymyr-zelensky'),
    mention(K, 'Zelensky', 'volodymyr-zelensky', 1),
  ],
  quotes: [quote(K, 'We will not surrender,', 'volodymyr-zelensky', 'Volodymyr Zelensky', null)],
  times: [time(K, 'March 2025', '2025-03', 'month')],
  events: [],
};

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  kind: KINDS[id] ?? 'PERSON',
  name,
  aliases,
  roles: [],
  source: 'knowledge-base',
});

export const queryCorpus: Corpus = {
  schemaVersion: '1.0.0',
  entities: [
    entity('donald-trump', 'Donald Trump', ['Trump', 'the US president']),
    entity('kyiv', 'Kyiv', ['Kiev']),
    entity('moscow', 'Moscow'),
    entity('rome', 'Rome'),
    entity('steve-witkoff', 'Steve Witkoff', ['Witkoff']),
    entity('vladimir-putin', 'Vladimir Putin', ['Putin', 'the Russian president']),
    entity('volodymyr-zelensky', 'Volodymyr Zelensky', ['Zelensky', 'Zelenskyy']),
  ],
  articles: [kyivArticle, talksArticle],
};
