import { describe, expect, it } from 'vitest';
import { fixtureLibrary, LONDON_TALK, SUMMIT } from '../../test/fixtures.js';
import { search } from '../data/search.js';
import { renderArticle, renderArticleList, renderEntity, renderSearch } from './render-plain.js';

const library = fixtureLibrary();

describe('renderArticle', () => {
  it('prints the headline, meta line, paragraphs and subhead, then who is mentioned and the quotes', () => {
    expect(renderArticle(library, SUMMIT, 60)).toBe(
      [
        'Lovelace and Babbage meet in Rome to plan the engine',
        '====================================================',
        'Rome · Sat 26 Apr 2025 · Agencies',
        '',
        'ROME: Ada Lovelace met Charles Babbage in Rome on Friday to',
        'talk about engines that think.',
        '',
        '“The engine weaves patterns as a loom weaves flowers and',
        'leaves,” Lovelace said.',
        '',
        '## Engine plans',
        '',
        'The Royal Society backed the plan, and Babbage wrote on X:',
        '“We will build it.”',
        '',
        'Critics were unconvinced. – Agencies',
        '',
        'Mentioned',
        '---------',
        'People: Ada Lovelace (Mathematician); Charles Babbage',
        '(Inventor)',
        'Organisations: Royal Society',
        'Places: Rome',
        '',
        'Quotes (2)',
        '----------',
        '  “The engine weaves patterns as a loom weaves flowers and',
        '  leaves,”',
        '    — Ada Lovelace',
        '  “We will build it.”',
        '    — Charles Babbage on X',
        '',
      ].join('\n'),
    );
  });

  it('never prints a line wider than asked', () => {
    for (const width of [40, 60, 100]) {
      for (const line of renderArticle(library, SUMMIT, width).split('\n')) {
        expect(line.length).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('renderArticleList', () => {
  it('prints each article with its date, dateline, people and slug, newest first', () => {
    expect(renderArticleList(library.articles(), 80)).toBe(
      [
        'Lovelace and Babbage meet in Rome to plan the engine',
        '  Sat 26 Apr 2025 · Rome · Agencies',
        '  People: Ada Lovelace, Charles Babbage',
        '  slug: engine-summit',
        '',
        'Babbage speaks in London',
        '  Tue 1 Apr 2025 · London',
        '  People: Charles Babbage',
        '  slug: london-talk',
        '',
      ].join('\n'),
    );
  });
});

describe('renderEntity', () => {
  it('prints roles, each mention in its sentence with the mention marked, quotes and partners', () => {
    const text = renderEntity(library, library.entity('ada-lovelace')!, 120);
    expect(text).toContain(
      'Ada Lovelace\n============\nperson · Mathematician\nWikidata: https://www.wikidata.org/wiki/Q7259',
    );
    expect(text).toContain('Mentions (2)');
    expect(text).toContain(
      '  ROME: [Ada Lovelace] met Charles Babbage in Rome on Friday to talk about engines that think.  (engine-summit)',
    );
    expect(text).toContain(
      'Quotes (1)\n  “The engine weaves patterns as a loom weaves flowers and leaves,”  (engine-summit)',
    );
    // both share the first sentence with her ("ROME: Ada Lovelace met Charles Babbage in Rome …")
    expect(text).toContain(
      'Appears with\n  Charles Babbage (1 sentence, 0 events), Rome (1 sentence, 0 events)',
    );
  });
});

describe('renderEntity with events', () => {
  it('lists the events the entity takes part in, dated, with their article', () => {
    const firstSentence = SUMMIT.structure.sections[0]!.paragraphs[0]!.span;
    const meeting = {
      id: `e-${firstSentence.start}-${firstSentence.end}`,
      type: 'meeting' as const,
      label: 'Ada Lovelace meets Charles Babbage',
      participants: [
        { entityId: 'ada-lovelace', role: null },
        { entityId: 'charles-babbage', role: null },
      ],
      placeId: 'rome',
      time: { value: '2025-04-25', timeId: SUMMIT.times[0]!.id },
      duration: null,
      descriptions: [],
      evidence: [firstSentence],
      source: 'extraction' as const,
    };
    const withEvent = fixtureLibrary([{ ...SUMMIT, events: [meeting] }, LONDON_TALK]);
    const text = renderEntity(withEvent, withEvent.entity('charles-babbage')!, 120);
    expect(text).toContain('Events (1)\n  2025-04-25  Ada Lovelace meets Charles Babbage  (engine-summit)');
    // a place's events are the ones that happen there
    expect(renderEntity(withEvent, withEvent.entity('rome')!, 120)).toContain('Events (1)');
    // and an entity with none gets no Events heading at all
    expect(renderEntity(withEvent, withEvent.entity('london')!, 120)).not.toContain('Events');
  });
});

describe('renderSearch', () => {
  it('prints the summary then each result', () => {
    const text = renderSearch(search(library.index, 'quotes speaker:babbage'), 80);
    expect(text).toBe(
      [
        '1 quotes',
        '',
        '“We will build it.”',
        '  — Charles Babbage on X · Lovelace and Babbage meet in Rome to plan the engine',
        '',
      ].join('\n'),
    );
  });

  it('prints the parse error of a bad query', () => {
    expect(renderSearch(search(library.index, 'quotes speakr:babbage'), 80)).toMatch(
      /unknown field 'speakr'/,
    );
  });
});
