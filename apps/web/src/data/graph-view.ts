import { type CorpusIndex, coOccurrences, findMeetings, type SentenceRef, sentenceRef } from '@dispatch/core';
import type { GraphEdgeInput, GraphNodeInput } from '../lib/graph-layout';
import { evidenceSentences } from './entity-view';

export interface MeetingLink {
  articleId: string;
  /** The event's label ("Putin meets Witkoff"). */
  label: string;
  eventId: string;
  /** The sentence that states the meeting. */
  anchor: string | null;
}

export interface GraphPair extends GraphEdgeInput {
  sourceName: string;
  targetName: string;
  /** Each meeting, earliest first, linking to the sentence that states it. */
  meetingEvents: MeetingLink[];
  /** A few of the `sentences` naming both, as evidence. */
  evidence: SentenceRef[];
}

/** People who met (meeting and talks events) or were named in one sentence, as nodes and edges. */
export function whoMetWhom(index: CorpusIndex): { nodes: GraphNodeInput[]; pairs: GraphPair[] } {
  const pairs = new Map<string, GraphPair>();
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  const pairOf = (one: string, other: string) => {
    const [source, target] = [one, other].sort() as [string, string];
    const key = `${source} ${target}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        source,
        target,
        sourceName: name(source),
        targetName: name(target),
        meetings: 0,
        sentences: 0,
        meetingEvents: [],
        evidence: [],
      };
      pairs.set(key, pair);
    }
    return pair;
  };
  const meetingHits = findMeetings(index).items.sort(
    (a, b) => a.date.localeCompare(b.date) || a.articleId.localeCompare(b.articleId),
  );
  for (const hit of meetingHits) {
    const article = index.articleById.get(hit.articleId)!;
    const evidence = hit.spans[0];
    const anchor = (evidence && sentenceRef(article, evidence).sentenceId) || null;
    for (let i = 0; i < hit.people.length; i++) {
      for (let j = i + 1; j < hit.people.length; j++) {
        const pair = pairOf(hit.people[i]!.id, hit.people[j]!.id);
        pair.meetings++;
        pair.meetingEvents.push({
          articleId: hit.articleId,
          label: hit.event.label,
          eventId: hit.event.id,
          anchor,
        });
      }
    }
  }
  for (const found of coOccurrences(index, { scope: 'sentence' }).items) {
    if (found.a.kind !== 'PERSON' || found.b.kind !== 'PERSON') continue;
    const pair = pairOf(found.a.id, found.b.id);
    pair.sentences = found.sentences;
    pair.evidence = evidenceSentences(index, found.evidence);
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
