import { describe, expect, it } from 'vitest';
import type { Annotations } from '../schema/annotations.js';
import { findSpanIssues } from '../schema/check-spans.js';
import { applyCuration, type CurationEntity } from './apply-curation.js';
import { resolveTextQuote } from './text-quote.js';

const TEXT =
  'Ann Lee met Bo Park in Oslo on Monday. Lee said the talks were "useful". Park left. Lee smiled.';
//            0         1         2         3         4         5         6         7         8
const at = (words: string, from = 0) => {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length };
};

const mention = (words: string, entityId: string | null, type: 'PERSON' | 'LOC' = 'PERSON', from = 0) => {
  const span = at(words, from);
  return {
    id: `m-${span.start}-${span.end}`,
    span,
    text: words,
    type,
    form: 'name' as const,
    entityId,
    role: null,
    source: 'extraction' as const,
  };
};

const raw = (): Annotations => ({
  structure: {
    dateline: null,
    credit: null,
    sections: [
      {
        subhead: null,
        paragraphs: [
          {
            id: 'p-1',
            span: { start: 0, end: TEXT.length },
            sentences: [
              { id: 's-0', span: at('Ann Lee met Bo Park in Oslo on Monday.') },
              { id: 's-39', span: at('Lee said the talks were "useful".') },
              { id: 's-73', span: at('Park left.') },
              { id: 's-84', span: at('Lee smiled.') },
            ],
          },
        ],
      },
    ],
  },
  mentions: [
    mention('Ann Lee', 'ann-lee'),
    mention('Bo Park', 'bo-park'),
    mention('Oslo', 'oslo', 'LOC'),
    mention('Lee', 'bo-park', 'PERSON', 30),
    mention('Park', 'bo-park', 'PERSON', 60),
  ],
  quotes: [
    {
      id: 'q',
      span: at('useful'),
      text: 'useful',
      kind: 'partial',
      speaker: { entityId: 'bo-park', name: 'Bo Park', span: null, form: 'name' },
      verb: null,
      channel: null,
      continuation: false,
      parentId: null,
      source: 'extraction',
    },
  ],
  times: [],
  events: [
    {
      id: 'e-8-11',
      type: 'meeting',
      label: 'Ann Lee meets Bo Park',
      participants: [
        { entityId: 'ann-lee', role: null },
        { entityId: 'bo-park', role: null },
      ],
      placeId: 'oslo',
      time: null,
      duration: null,
      descriptions: [],
      evidence: [at('Ann Lee met Bo Park in Oslo on Monday.')],
      triggers: [{ span: at('met'), text: 'met' }],
      source: 'extraction',
    },
  ],
});

const entities = new Map<string, CurationEntity>([
  ['ann-lee', { name: 'Ann Lee', kind: 'PERSON' }],
  ['bo-park', { name: 'Bo Park', kind: 'PERSON' }],
  ['oslo', { name: 'Oslo', kind: 'LOC' }],
  ['city-hall', { name: 'City Hall', kind: 'ORG' }],
]);

const curate = (source: string, annotations = raw()) =>
  applyCuration({ text: TEXT, annotations, file: 'data/articles/a/curation.yaml', source, entities });

describe('resolveTextQuote', () => {
  it('finds words that occur once', () => {
    expect(resolveTextQuote(TEXT, { exact: 'Oslo' })).toEqual({ ok: true, span: at('Oslo') });
  });

  it('says so when the words are not in the text', () => {
    expect(resolveTextQuote(TEXT, { exact: 'Paris' })).toEqual({
      ok: false,
      problem: 'the words "Paris" are not in the text',
    });
  });

  it('refuses words that occur more than once', () => {
    const result = resolveTextQuote(TEXT, { exact: 'Lee' });
    expect(result).toEqual({
      ok: false,
      problem: 'the words "Lee" occur 3 times in the text; add a prefix or suffix so they point at one place',
    });
  });

  it('tells repeated words apart by prefix or suffix', () => {
    expect(resolveTextQuote(TEXT, { exact: 'Lee', prefix: '. ', suffix: ' said' })).toEqual({
      ok: true,
      span: at('Lee', 30),
    });
    expect(resolveTextQuote(TEXT, { exact: 'Lee', suffix: ' smiled' })).toEqual({
      ok: true,
      span: at('Lee', 80),
    });
    expect(resolveTextQuote(TEXT, { exact: 'Lee', prefix: 'Ann ' })).toEqual({ ok: true, span: at('Lee') });
  });

  it('says when the words are there but not with the given context', () => {
    const result = resolveTextQuote(TEXT, { exact: 'Oslo', prefix: 'from ' });
    expect(result).toEqual({
      ok: false,
      problem: 'the words "Oslo" are in the text, but not with prefix "from "',
    });
  });
});

describe('applyCuration', () => {
  it('links a mention to another entity and marks it as curated', () => {
    const out = curate(`entries:
  - action: link-mention
    at: { exact: Lee, suffix: " said" }
    entity: ann-lee
`);
    const lee = out.mentions.find((m) => m.span.start === at('Lee', 30).start)!;
    expect(lee).toMatchObject({ entityId: 'ann-lee', source: 'curation' });
    expect(out.curation).toMatchObject([{ action: 'link-mention', agreement: 'differs', index: 0, line: 2 }]);
  });

  it('adds a mention extraction missed, with the entity kind as its type', () => {
    const out = curate(`entries:
  - action: link-mention
    at: { exact: Lee, suffix: " smiled" }
    entity: ann-lee
`);
    expect(out.mentions.filter((m) => m.source === 'curation')).toEqual([
      {
        id: 'm-84-87',
        span: at('Lee', 80),
        text: 'Lee',
        type: 'PERSON',
        form: 'name',
        entityId: 'ann-lee',
        role: null,
        source: 'curation',
      },
    ]);
  });

  it('unlinks and removes mentions', () => {
    const out = curate(`entries:
  - action: unlink-mention
    at: { exact: Oslo }
  - action: remove
    what: mention
    at: { exact: Park, prefix: '". ' }
`);
    expect(out.mentions.find((m) => m.text === 'Oslo')).toMatchObject({ entityId: null, source: 'curation' });
    expect(out.mentions.map((m) => m.text)).toEqual(['Ann Lee', 'Bo Park', 'Oslo', 'Lee']);
    expect(out.curation?.map((o) => o.agreement)).toEqual(['differs', 'differs']);
  });

  it('adds a mention with no entity when given its type', () => {
    const out = curate(`entries:
  - action: add-mention
    at: { exact: Monday }
    entity: null
    type: ORG
`);
    expect(out.mentions.find((m) => m.text === 'Monday')).toMatchObject({ type: 'ORG', entityId: null });
  });

  it('changes a quote speaker, to an entity or to a described speaker', () => {
    const named = curate(`entries:
  - action: set-speaker
    at: { exact: useful }
    speaker: { entity: ann-lee }
`);
    expect(named.quotes[0]).toMatchObject({
      source: 'curation',
      speaker: { entityId: 'ann-lee', name: 'Ann Lee', form: 'name' },
    });
    const described = curate(
      `{"entries": [{"action": "set-speaker", "at": {"exact": "useful"}, "speaker": {"name": "an aide"}}]}`,
    );
    expect(described.quotes[0]!.speaker).toEqual({
      entityId: null,
      name: 'an aide',
      span: null,
      form: 'described',
    });
  });

  it('adds a quote and a time, and removes a quote', () => {
    const out = curate(`entries:
  - action: add-quote
    at: { exact: Park left }
    speaker: null
    kind: full
  - action: add-time
    at: { exact: Monday }
    value: "2025-05-05"
    granularity: day
  - action: remove
    what: quote
    at: { exact: useful }
`);
    expect(out.quotes.map((q) => [q.text, q.kind, q.source])).toEqual([['Park left', 'full', 'curation']]);
    expect(out.times).toMatchObject([
      { text: 'Monday', value: '2025-05-05', granularity: 'day', source: 'curation' },
    ]);
    expect(findSpanIssues(TEXT, out)).toEqual([]);
  });

  it('adds, edits and removes events', () => {
    const out = curate(`entries:
  - action: edit-event
    at: { exact: met }
    set:
      roles: { bo-park: host }
      time: "2025-05-05"
  - action: add-event
    at: { exact: Park left }
    type: travel
    label: Bo Park leaves
    participants: [{ entity: bo-park, role: traveller }]
`);
    expect(out.events).toMatchObject([
      {
        id: 'e-8-11',
        source: 'curation',
        time: { value: '2025-05-05', timeId: null },
        participants: [
          { entityId: 'ann-lee', role: null },
          { entityId: 'bo-park', role: 'host' },
        ],
      },
      {
        type: 'travel',
        source: 'curation',
        evidence: [at('Park left.')],
        participants: [{ entityId: 'bo-park', role: 'traveller' }],
      },
    ]);
    const removed = curate(`entries:
  - action: remove
    what: event
    at: { exact: met }
`);
    expect(removed.events).toEqual([]);
  });

  it('adds notes pinned to words', () => {
    const out = curate(`entries:
  - action: note
    at: { exact: useful }
    note: Said in English.
`);
    expect(out.notes).toEqual([
      { id: 'n-64-70', span: at('useful'), text: 'useful', note: 'Said in English.', source: 'curation' },
    ]);
    expect(out.curation?.[0]?.agreement).toBe('not-applicable');
  });

  it('reports when extraction already agrees with an entry', () => {
    const out = curate(`entries:
  - action: link-mention
    at: { exact: Oslo }
    entity: oslo
  - action: set-speaker
    at: { exact: useful }
    speaker: { entity: bo-park }
  - action: remove
    what: time
    at: { exact: Monday }
`);
    expect(out.curation?.map((o) => [o.agreement, o.detail])).toEqual([
      ['agrees', 'extraction finds a LOC mention linked to oslo'],
      ['agrees', 'extraction finds a quote said by bo-park'],
      ['agrees', 'extraction no longer finds this time'],
    ]);
  });

  it('stops with the file, entry, line and reason when the words are missing or ambiguous', () => {
    expect(() =>
      curate(`entries:
  - action: note
    at: { exact: Oslo }
    note: fine
  - action: note
    at: { exact: Lee }
    note: which one?
`),
    ).toThrow(
      'data/articles/a/curation.yaml:5: entries[1] (note): the words "Lee" occur 3 times in the text; add a prefix or suffix so they point at one place',
    );
    expect(() => curate('entries:\n  - action: remove\n    what: quote\n    at: { exact: Paris }\n')).toThrow(
      'data/articles/a/curation.yaml:2: entries[0] (remove): the words "Paris" are not in the text',
    );
  });

  it('stops on unknown entities and on edits of events that are not there', () => {
    expect(() =>
      curate('entries:\n  - action: link-mention\n    at: { exact: Oslo }\n    entity: atlantis\n'),
    ).toThrow('curation.yaml:2: entries[0] (link-mention): unknown entity "atlantis"');
    expect(() =>
      curate('entries:\n  - action: edit-event\n    at: { exact: smiled }\n    set: { label: x }\n'),
    ).toThrow('entries[0] (edit-event): no event is named by these words; use add-event to add one');
  });

  it('rejects malformed entries with the field and line', () => {
    expect(() => curate('entries:\n  - action: note\n    at: { exact: Oslo }\n')).toThrow(
      'data/articles/a/curation.yaml:2: entries[0].note: missing; expected string',
    );
    expect(() => curate('entries:\n  - action: rename\n    at: { exact: Oslo }\n')).toThrow(
      /curation.yaml:2: entries\[0\]/,
    );
  });

  it('leaves the extraction it was given untouched', () => {
    const before = raw();
    const snapshot = JSON.stringify(before);
    curate('entries:\n  - action: remove\n    what: mention\n    at: { exact: Oslo }\n', before);
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});
