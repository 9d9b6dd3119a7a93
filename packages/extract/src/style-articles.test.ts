// Articles written for these tests in the styles of several outlets, with annotations checked by hand.
import { findSpanIssues } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { extractArticle, toEvaluation } from './index.js';

const run = (text: string, filed: string) => {
  const extraction = extractArticle({ text, filed, knowledgeBase: [] });
  expect(findSpanIssues(text, extraction.annotations)).toEqual([]);
  return { ...extraction, evaluation: toEvaluation(text, extraction, []) };
};
const quoteOf = (x: ReturnType<typeof run>, words: string) =>
  x.annotations.quotes.find((q) => q.text === words);
const mentionOf = (x: ReturnType<typeof run>, words: string) =>
  x.annotations.mentions.find((m) => m.text === words);
const timeOf = (x: ReturnType<typeof run>, words: string) =>
  x.annotations.times.find((t) => t.text === words);

describe('a Reuters-style story', () => {
  const x = run(
    [
      'WASHINGTON (Reuters) - The Senate on Tuesday passed a bill to keep the government open, Senate Majority Leader Chuck Schumer said.',
      '"This is a good day for working families," Schumer told reporters after the vote.',
      'Republican Senator Susan Collins said the measure was "far from perfect" but deserved support.',
    ].join('\n'),
    '2025-03-14',
  );
  it('reads the dateline without the agency', () =>
    expect(x.annotations.structure.dateline?.text).toBe('WASHINGTON'));
  it('attributes a quote to the speaker after it, by full name', () =>
    expect(quoteOf(x, 'This is a good day for working families,')?.speaker?.name).toBe('Chuck Schumer'));
  it('attributes a partial quote to the subject of the sentence', () =>
    expect(quoteOf(x, 'far from perfect')?.speaker?.name).toBe('Susan Collins'));
  it('keeps titles in roles', () => {
    expect(mentionOf(x, 'Chuck Schumer')?.role?.text).toBe('Senate Majority Leader');
    expect(mentionOf(x, 'Susan Collins')?.role?.text).toBe('Republican Senator');
    expect(mentionOf(x, 'Senate Majority')).toBeUndefined();
  });
  it('reads a weekday as the past one', () => expect(timeOf(x, 'Tuesday')?.value).toBe('2025-03-11'));
});

describe('an AFP-style story', () => {
  const x = run(
    [
      'PARIS, March 3 (AFP) - French President Emmanuel Macron on Monday urged European leaders to spend more on defence, saying the continent faced "a turning point".',
      '"We cannot wait for others to protect us," Macron told a news conference.',
      'He will travel to Berlin next week.',
    ].join('\n'),
    '2025-03-03',
  );
  it('reads a dateline with a date and an agency', () =>
    expect(x.annotations.structure.dateline?.text).toBe('PARIS'));
  it('finds the subject of an earlier speech verb in the sentence', () =>
    expect(quoteOf(x, 'a turning point')?.speaker?.name).toBe('Emmanuel Macron'));
  it('links a surname to the full name found earlier', () => {
    const quote = quoteOf(x, 'We cannot wait for others to protect us,');
    expect(quote?.speaker?.name).toBe('Emmanuel Macron');
    expect(mentionOf(x, 'Macron')?.entityId).toBe('emmanuel-macron');
  });
  it('discovers entities the knowledge base lacks', () => {
    expect(x.entities.find((e) => e.id === 'emmanuel-macron')).toMatchObject({
      kind: 'PERSON',
      source: 'extraction',
    });
    expect(mentionOf(x, 'Berlin')?.type).toBe('LOC');
  });
  it('resolves "on Monday" filed on a Monday to that day, "next week" to the ISO week after', () => {
    expect(timeOf(x, 'Monday')?.value).toBe('2025-03-03');
    expect(timeOf(x, 'next week')?.value).toBe('2025-W11');
  });
});

describe('a Politico-style story with a speaker described in apposition', () => {
  const x = run(
    [
      'WASHINGTON - House Republicans pressed the bureau for its files on Thursday.',
      'Rep. Dana Whitfield (R-Ind.), an oversight panel member, said: "We asked twice and heard nothing."',
      'A committee aide said: "The letters went out in June."',
      '"We will rebuild the bridge," said Harbour Authority chief engineer Lena Ortiz.',
      '"It will take two years," said Indiana\'s transport secretary Mark Dunn.',
      '"We need more," Jo Brandt, a writer for The Atlantic, said on Twitter.',
      'In a call with Kevin Marsh, Tom Hale criticised the delay in Ohio, saying it was "not acceptable".',
    ].join('\n'),
    '2025-05-02',
  );
  it('gives the quote to the named person, not to the description after the name', () => {
    expect(quoteOf(x, 'We asked twice and heard nothing.')?.speaker).toMatchObject({
      name: 'Dana Whitfield',
      form: 'name',
    });
  });
  it('gives an inverted attribution to the person an organisation titles', () => {
    expect(quoteOf(x, 'We will rebuild the bridge,')?.speaker?.name).toBe('Lena Ortiz');
    expect(quoteOf(x, 'It will take two years,')?.speaker?.name).toBe('Mark Dunn');
  });
  it('gives the quote to the person, not to what their apposition names', () =>
    expect(quoteOf(x, 'We need more,')?.speaker?.name).toBe('Jo Brandt'));
  it('gives a quote after ", saying" to the subject of the clause, not to the nearest name', () =>
    expect(quoteOf(x, 'not acceptable')?.speaker?.name).toBe('Tom Hale'));
  it('still gives an unnamed source its description', () =>
    expect(quoteOf(x, 'The letters went out in June.')?.speaker).toMatchObject({
      name: 'A committee aide',
      form: 'described',
    }));
});

describe('a New York Times-style story with honorifics and doubled quotation marks', () => {
  const x = run(
    [
      'Mr. Bishop said the network had never told him what to say.',
      "''They pay us a lot of money,'' Mr. King, 82, said.",
      '"This is a waste of time," said Del. Maria Ortega of Guam.',
      '"The effect is small," wrote Lena Marsh for Harbor Polling, citing the Center for Rural Affairs.',
    ].join('\n'),
    '2016-09-19',
  );
  it('keeps a name after an honorific even when the word is a title or opens the sentence', () => {
    expect(mentionOf(x, 'Bishop')?.type).toBe('PERSON');
    expect(mentionOf(x, 'King')?.type).toBe('PERSON');
  });
  it('gives the quote to the honoured name', () =>
    expect(quoteOf(x, 'They pay us a lot of money,')?.speaker?.name).toBe('King'));
  it('keeps a writer apart from the outlet they write for, and an organisation "for" something whole', () => {
    expect(quoteOf(x, 'The effect is small,')?.speaker?.name).toBe('Lena Marsh');
    expect(mentionOf(x, 'Harbor Polling')).toBeDefined();
    expect(mentionOf(x, 'Center for Rural Affairs')).toBeDefined();
  });
  it('does not end the sentence at a title\'s full stop ("Del.")', () =>
    expect(quoteOf(x, 'This is a waste of time,')?.speaker?.name).toBe('Maria Ortega'));
});

describe('an AP-style story with a quote over two paragraphs', () => {
  const x = run(
    [
      "LONDON (AP) — Britain's largest union said Wednesday its members would strike next month.",
      '',
      '"We have given the government every chance," said Sharon Graham, the union\'s general secretary. "Our members have had enough.',
      '',
      '"Nobody takes this step lightly."',
      '',
      'The government said it regretted the decision.',
    ].join('\n'),
    '2025-06-11',
  );
  it('counts paragraphs separated by blank lines', () => {
    expect(x.evaluation.structure.paragraphs).toBe(4);
    expect(x.annotations.structure.dateline?.text).toBe('LONDON');
  });
  it('attributes an inverted attribution ("said Sharon Graham")', () =>
    expect(quoteOf(x, 'We have given the government every chance,')?.speaker?.name).toBe('Sharon Graham'));
  it('continues the speaker into the next paragraph of the same quote', () => {
    const open = quoteOf(x, 'Our members have had enough.');
    const next = quoteOf(x, 'Nobody takes this step lightly.');
    expect(open?.speaker?.name).toBe('Sharon Graham');
    expect(next?.speaker).toMatchObject({ name: 'Sharon Graham', form: 'continued' });
    expect(next?.continuation).toBe(true);
  });
  it('resolves relative dates', () => {
    expect(timeOf(x, 'Wednesday')?.value).toBe('2025-06-11');
    expect(timeOf(x, 'next month')?.value).toBe('2025-07');
  });
});

describe('a BBC-style story with a capitals headline and a colon quote', () => {
  const x = run(
    [
      'FLOODS FORCE THOUSANDS FROM HOMES IN NORTHERN ITALY',
      '',
      'Heavy rain has forced more than 5,000 people from their homes in northern Italy, according to the civil protection agency.',
      '',
      'The mayor of Bologna, Matteo Lepore, wrote on Facebook: "The situation is very serious."',
      '',
      'Forecasters expect the rain to ease by Sunday.',
    ].join('\n'),
    '2024-10-19',
  );
  it('keeps the headline out of the paragraphs', () => expect(x.evaluation.structure.paragraphs).toBe(3));
  it('finds only real names in a capitals line', () => {
    const inHeadline = x.evaluation.mentions.filter((m) => m.end <= 51).map((m) => [m.start, m.end, m.type]);
    expect(inHeadline).toEqual([[46, 51, 'LOC']]);
  });
  it('attributes a colon-introduced quote and reads its channel', () => {
    const quote = quoteOf(x, 'The situation is very serious.');
    expect(quote?.speaker?.name).toBe('Matteo Lepore');
    expect(quote?.channel?.name).toBe('Facebook');
  });
  it('reads a forecast weekday as the coming one', () =>
    expect(timeOf(x, 'Sunday')?.value).toBe('2024-10-20'));
});

describe('a Guardian-style story with single quotation marks', () => {
  const x = run(
    [
      'The prime minister, Keir Starmer, has said the government will ‘not flinch’ from difficult decisions.',
      '‘We were elected to deliver change, and that is what we will do,’ Starmer told MPs on Wednesday.',
    ].join('\n'),
    '2024-10-10',
  );
  it('reads single marks as quotes and apostrophes as letters', () => {
    expect(x.annotations.quotes.map((q) => q.text)).toEqual([
      'not flinch',
      'We were elected to deliver change, and that is what we will do,',
    ]);
  });
  it('attributes both to Keir Starmer', () => {
    expect(x.annotations.quotes.map((q) => q.speaker?.name)).toEqual(['Keir Starmer', 'Keir Starmer']);
    expect(quoteOf(x, 'not flinch')?.kind).toBe('partial');
  });
  it('resolves the weekday', () => expect(timeOf(x, 'Wednesday')?.value).toBe('2024-10-09'));
});

describe('a local-paper story', () => {
  const x = run(
    [
      'Springfield City Council voted 5-2 on Monday to close the Main Street library, according to council minutes.',
      'Council member Rosa Delgado, who voted against the plan, said: "This library is the heart of our neighbourhood."',
      '"We simply cannot afford it," Mayor Tom Baxter said in a statement.',
    ].join('\n'),
    '2023-05-10',
  );
  it('types names by their words', () => {
    expect(mentionOf(x, 'Springfield City Council')?.type).toBe('ORG');
    expect(mentionOf(x, 'Main Street')?.type).toBe('LOC');
    expect(mentionOf(x, 'Tom Baxter')).toMatchObject({ type: 'PERSON', role: { text: 'Mayor' } });
  });
  it('skips an apposition between speaker and verb', () =>
    expect(quoteOf(x, 'This library is the heart of our neighbourhood.')?.speaker?.name).toBe(
      'Rosa Delgado',
    ));
  it('attributes a speaker after the quote with a title', () =>
    expect(quoteOf(x, 'We simply cannot afford it,')?.speaker?.name).toBe('Tom Baxter'));
  it('reads the weekday', () => expect(timeOf(x, 'Monday')?.value).toBe('2023-05-08'));
});
