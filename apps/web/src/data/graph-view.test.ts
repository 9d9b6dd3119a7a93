import { indexCorpus } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../testing/fixture-corpus';
import { whoMetWhom } from './graph-view';

describe('whoMetWhom', () => {
  it('joins people who met and were named together, linking the meeting to its sentence', () => {
    const { nodes, pairs } = whoMetWhom(indexCorpus(fixtureCorpus()));
    // Only people are drawn: London (the meeting's place) and Paris are not.
    expect(nodes.map((n) => n.id).sort()).toEqual(['ada-lovelace', 'charles-babbage']);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair).toMatchObject({ source: 'ada-lovelace', target: 'charles-babbage', meetings: 1 });
    // The meeting sentence opens the story, dateline included, so its id is s-0.
    expect(pair!.meetingEvents.map((e) => e.anchor)).toEqual(['s-0']);
    // Both are named in the first sentence; Babbage alone in the second paragraph.
    expect(pair!.evidence.map((s) => s.sentenceId)).toEqual(['s-0']);
  });
});
