import { readFileSync } from 'node:fs';
import { type Event, findSpanIssues } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.js';
import { loadSeed } from '../testing/load-seed.js';
import expected from './fixtures/expected-events.json' with { type: 'json' };

interface Expected {
  type: string;
  participants: string[];
  place: string | null;
  date: string | null;
  evidence: number;
  duration?: string;
  label?: string;
  first?: string;
  descriptions?: { text: string; by: string }[];
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');

const articles = {
  'putin-witkoff-talks': () => loadSeed(),
  'border-talks': () => ({ text: fixture('border-talks'), knowledgeBase: [] }),
  'harbour-fire': () => ({ text: fixture('harbour-fire'), knowledgeBase: [] }),
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

describe.each(Object.entries(articles))('events of %s', (name, load) => {
  const { filed, events: wanted } = (
    expected as unknown as Record<string, { filed: string; events: Expected[] }>
  )[name]!;
  const { text, knowledgeBase } = load();
  const { annotations } = extractArticle({ text, filed, knowledgeBase });
  const found = annotations.events;

  const matching = (want: Expected): Event[] =>
    found.filter(
      (event) =>
        event.type === want.type &&
        sameSet(
          event.participants.map((p) => p.entityId),
          want.participants,
        ) &&
        (!want.first || text.slice(event.evidence[0]!.start).startsWith(want.first)),
    );

  it('finds exactly the expected events, no more', () => {
    expect(found.map((e) => e.type).sort()).toEqual(wanted.map((e) => e.type).sort());
  });

  it.each(
    wanted.map(
      (want) => [`${want.type} of ${want.participants.join(', ') || 'no one named'}`, want] as const,
    ),
  )('%s', (_, want) => {
    const [event, ...others] = matching(want);
    expect(others).toEqual([]);
    expect(event).toBeDefined();
    expect(event!.placeId).toBe(want.place);
    expect(event!.time?.value ?? null).toBe(want.date);
    expect(event!.evidence).toHaveLength(want.evidence);
    if (want.duration) expect(event!.duration?.text).toBe(want.duration);
    if (want.label) expect(event!.label).toBe(want.label);
    if (want.descriptions) {
      expect(event!.descriptions.map((d) => ({ text: d.text, by: d.by }))).toEqual(want.descriptions);
    }
  });

  it('points every event span into the text', () => {
    expect(findSpanIssues(text, annotations)).toEqual([]);
    for (const event of found) {
      for (const trigger of event.triggers ?? [])
        expect(text.slice(trigger.span.start, trigger.span.end)).toBe(trigger.text);
    }
    expect(new Set(found.map((e) => e.id)).size).toBe(found.length);
  });
});

describe('event rules', () => {
  const person = (id: string, name: string, alias: string) =>
    ({ id, kind: 'PERSON', name, aliases: [alias], roles: [] }) as const;
  const place = (id: string, name: string) => ({ id, kind: 'LOC', name, aliases: [], roles: [] }) as const;
  const knowledgeBase = [
    person('anna-berg', 'Anna Berg', 'Berg'),
    person('tomas-lind', 'Tomas Lind', 'Lind'),
    person('karin-dahl', 'Karin Dahl', 'Dahl'),
    place('oslo', 'Oslo'),
    place('bergen', 'Bergen'),
  ];
  const eventsOf = (text: string, filed = '2025-05-07') =>
    extractArticle({
      text,
      filed,
      knowledgeBase: knowledgeBase.map((e) => ({ ...e, aliases: [...e.aliases], roles: [] })),
    }).annotations.events;

  it('does not take hypothetical, planned or denied events for events', () => {
    const events = eventsOf(
      'Russia is ready to hold peace talks with Ukraine. Both sides have not held direct talks since May. There were no further talks.',
    );
    expect(events).toEqual([]);
  });

  it('joins a later reference back to the event it names, and dates it from the first mention', () => {
    const events = eventsOf(
      'Anna Berg met Tomas Lind in Oslo on Monday. Aides described the meeting as “tense”. The Berg-Lind meeting ended without a deal.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence).toHaveLength(3);
    expect(events[0]!.time).toEqual({ value: '2025-05-05', timeId: expect.any(String) });
    expect(events[0]!.descriptions.map((d) => d.text)).toEqual(['tense']);
  });

  it('keeps two meetings of different people apart even in one paragraph', () => {
    const events = eventsOf('Anna Berg met Tomas Lind in Oslo. Later, Berg met Karin Dahl in Bergen.');
    expect(
      events.map((e) =>
        e.participants
          .map((p) => p.entityId)
          .sort()
          .join('+'),
      ),
    ).toEqual(['anna-berg+tomas-lind', 'anna-berg+karin-dahl']);
    expect(events.map((e) => e.placeId)).toEqual(['oslo', 'bergen']);
  });
});
