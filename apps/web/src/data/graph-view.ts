import {
  type CorpusIndex,
  type EventInArticle,
  meetings,
  type SentenceRef,
  sentenceAt,
  sharedSentences,
} from '@dispatch/core';
import type { GraphEdgeInput, GraphNodeInput } from '../lib/graph-layout';

export interface GraphPair extends GraphEdgeInput {
  sourceName: string;
  targetName: string;
  /** Each meeting with the anchor of the sentence that states it. */
  meetingEvents: (EventInArticle & { anchor: string | null })[];
  evidence: SentenceRef[];
}

/** People who met (meeting and talks events) or were named in one sentence, as nodes and edges. */
export function whoMetWhom(index: CorpusIndex): { nodes: GraphNodeInput[]; pairs: GraphPair[] } {
  const pairs = new Map<string, GraphPair>();
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  const isPerson = (id: string) => index.entityById.get(id)?.kind === 'PERSON';
  const pairOf = ([a, b]: [string, string]) => {
    const key = `${a} ${b}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        source: a,
        target: b,
        sourceName: name(a),
        targetName: name(b),
        meetings: 0,
        sentences: 0,
        meetingEvents: [],
        evidence: [],
      };
      pairs.set(key, pair);
    }
    return pair;
  };
  for (const meeting of meetings(index)) {
    if (!meeting.entityIds.every(isPerson)) continue;
    const pair = pairOf(meeting.entityIds);
    pair.meetings = meeting.events.length;
    pair.meetingEvents = meeting.events.map((entry) => {
      const article = index.articleById.get(entry.articleId);
      const evidence = entry.event.evidence[0];
      return { ...entry, anchor: (article && evidence && sentenceAt(article, evidence)?.id) || null };
    });
  }
  for (const shared of sharedSentences(index, { kinds: ['PERSON'] })) {
    const pair = pairOf(shared.entityIds);
    pair.sentences = shared.sentences.length;
    pair.evidence = shared.sentences;
  }
  const ids = new Set([...pairs.values()].flatMap((pair) => [pair.source, pair.target]));
  return {
    nodes: [...ids].map((id) => ({ id, label: name(id) })),
    pairs: [...pairs.values()].sort(
      (a, b) =>
        b.meetings - a.meetings || b.sentences - a.sentences || a.sourceName.localeCompare(b.sourceName),
    ),
  };
}
