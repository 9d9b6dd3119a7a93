import { describe, expect, it } from 'vitest';
import type { Event } from '../schema/event.js';
import { fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { indexCorpus } from './corpus-index.js';
import { eventsOfEntity } from './entity-events.js';

const event = (id: string, type: Event['type'], ids: string[], value: string | null): Event => ({
  id,
  type,
  label: id,
  participants: ids.map((entityId) => ({ entityId, role: null })),
  placeId: 'london',
  time: value ? { value, timeId: null } : null,
  duration: null,
  descriptions: [],
  evidence: [{ start: 8, end: 51 }],
  source: 'extraction',
});

const corpusWith = (events: Event[]) => indexCorpus(fixtureCorpus([fixtureArticle({ events })]));

describe('eventsOfEntity', () => {
  it('finds events by participant and by place, earliest first and undated last', () => {
    const index = corpusWith([
      event('undated', 'statement', ['ada-lovelace'], null),
      event('late', 'meeting', ['ada-lovelace', 'charles-babbage'], '1843-07-03'),
      event('early', 'talks', ['charles-babbage'], '1843-06-01'),
    ]);
    expect(eventsOfEntity(index, 'ada-lovelace').map((e) => e.event.id)).toEqual(['late', 'undated']);
    expect(eventsOfEntity(index, 'london').map((e) => e.event.id)).toEqual(['early', 'late', 'undated']);
  });
});
