import type { EventType, Span, TextSpan, TimeExpression } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { type ClauseGroup, compatibleTypes } from './group-clauses.js';
import type { Participant } from './participants.js';

/** An event being assembled from its mentions across the story. */
export interface Draft {
  type: EventType;
  kind: string;
  groups: ClauseGroup[];
  participants: Participant[];
  place: string | null;
  weakPlaces: string[];
  time: TimeExpression | null;
  duration: TextSpan | null;
  /** Where it was last mentioned: a reference back goes to the most recent fitting event. */
  lastAt: number;
  /** Events the text says happened just before or after this one ("came just after"): same day. */
  sameDayAs: Draft[];
  /** Words that name it beyond the clause groups (set by quote-based events such as posts). */
  extraTriggers: Span[];
  extraEvidence: Span[];
  /** Starts of the sentences it is told in, for the same-sentence rule. */
  sentenceStarts: Set<number>;
  ids: Set<string>;
}

const idsOf = (participants: readonly Participant[]): Set<string> =>
  new Set(participants.map((p) => p.entityId));

// Loops over the sets rather than spreads: these run for every recent event of every clause group.
const sameSet = (a: Set<string>, b: Set<string>): boolean => {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
};

const jaccard = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
};

/** Two dates that could be one: either unknown, equal, or one inside the other (2025-04 and 2025-04-25). */
const timesAgree = (a: TimeExpression | null, b: TimeExpression | null): boolean =>
  !a?.value || !b?.value || a.value.startsWith(b.value) || b.value.startsWith(a.value);

const placesAgree = (a: string | null, b: string | null): boolean => !a || !b || a === b;

function addTo(draft: Draft, group: ClauseGroup, participants: readonly Participant[]): void {
  draft.groups.push(group);
  draft.sentenceStarts.add(group.sentence.start);
  if (group.type === 'meeting') draft.type = 'meeting';
  for (const p of participants) {
    const had = draft.participants.find((q) => q.entityId === p.entityId);
    if (!had) {
      draft.participants.push({ ...p });
      draft.ids.add(p.entityId);
    } else if (!had.role) had.role = p.role;
  }
  draft.place ??= group.place;
  draft.weakPlaces.push(...group.weakPlaces);
  draft.time ??= group.time;
  draft.duration ??= group.duration;
  draft.lastAt = Math.max(draft.lastAt, group.trigger.start);
}

function startDraft(group: ClauseGroup): Draft {
  const draft: Draft = {
    type: group.type,
    kind: group.kind,
    groups: [],
    participants: [],
    place: null,
    weakPlaces: [],
    time: null,
    duration: null,
    lastAt: group.trigger.start,
    sameDayAs: [],
    extraTriggers: [],
    extraEvidence: [],
    sentenceStarts: new Set(),
    ids: new Set(),
  };
  addTo(draft, group, group.participants);
  return draft;
}

const RECENT = 60;

const JUST_BEFORE_OR_AFTER =
  /\b(?:just|shortly|hours|minutes|moments|immediately|soon)\s+(?:after|before)\b/iu;

/**
 * Merges the clause groups, in reading order, into events: a group joins an earlier event when it is in
 * the same sentence, names exactly the same participants at a compatible time, or refers back to it
 * ("the meeting", "yesterday's talks", "they discussed"), choosing the event whose participants overlap
 * most, then the most mentioned, then the most recent.
 */
export function mergeGroups(text: string, groups: readonly ClauseGroup[]): Draft[] {
  const allDrafts: Draft[] = [];
  const draftOf = new Map<ClauseGroup, Draft>();
  const fits = (d: Draft, g: ClauseGroup) => compatibleTypes(d, g) && timesAgree(d.time, g.time);
  for (const group of groups) {
    // Only the latest events can be referred back to; looking no further keeps long texts linear.
    const drafts = allDrafts.length > RECENT ? allDrafts.slice(-RECENT) : allDrafts;
    if (group.pairAnaphor) {
      // "the two leaders": the pair of the latest event with exactly two people in it.
      const pair = [...drafts]
        .filter((d) => d.participants.length === 2)
        .sort((a, b) => b.lastAt - a.lastAt)[0];
      if (pair) group.participants = [...pair.participants.map((p) => ({ ...p })), ...group.participants];
    }
    const ids = idsOf(group.participants);
    let target: Draft | undefined;
    let participants: readonly Participant[] = group.participants;
    if (group.anaphoric || group.anaphoricOnly) {
      const scored = drafts
        .filter((d) => fits(d, group) && placesAgree(d.place, group.place))
        .map((d) => ({ d, overlap: ids.size > 0 ? jaccard(ids, d.ids) : 1 }))
        .filter((s) => s.overlap > 0)
        .sort((a, b) =>
          ids.size === 0
            ? b.d.lastAt - a.d.lastAt
            : b.overlap - a.overlap || b.d.groups.length - a.d.groups.length || b.d.lastAt - a.d.lastAt,
        );
      target = scored[0]?.d;
      // A reference back adds only who it says was "with" whom; the rest of its clause may be anyone.
      if (target) participants = group.participants.filter((p) => group.withIds.has(p.entityId));
      else if (group.anaphoricOnly || (ids.size === 0 && !group.time && !group.place)) continue;
    } else if (ids.size >= 2) {
      target = drafts.find((d) => fits(d, group) && sameSet(d.ids, ids) && placesAgree(d.place, group.place));
    } else {
      // The latest fitting event told in this sentence (one told there was last mentioned there or later).
      const sentence = group.sentence.start;
      target = drafts.findLast(
        (d) => d.lastAt >= sentence && fits(d, group) && d.sentenceStarts.has(sentence),
      );
      if (!target && ids.size === 0 && !group.place && !group.time) continue;
      target ??= drafts.find(
        (d) =>
          fits(d, group) &&
          ids.size > 0 &&
          sameSet(d.ids, ids) &&
          d.place !== null &&
          d.place === group.place,
      );
    }
    if (target) addTo(target, group, participants);
    else {
      target = startDraft(group);
      allDrafts.push(target);
    }
    draftOf.set(group, target);
  }
  linkSameDay(text, groups, draftOf);
  return allDrafts;
}

/** "The talks came just after a general was killed": the two events fall on the same day. */
function linkSameDay(text: string, groups: readonly ClauseGroup[], draftOf: Map<ClauseGroup, Draft>): void {
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i]!;
    const b = groups[i + 1]!;
    if (a.sentence.start !== b.sentence.start) continue;
    const da = draftOf.get(a);
    const db = draftOf.get(b);
    if (!da || !db || da === db) continue;
    if (!caseInsensitive(JUST_BEFORE_OR_AFTER, text).test(text.slice(a.trigger.end, b.trigger.start)))
      continue;
    da.sameDayAs.push(db);
    db.sameDayAs.push(da);
  }
}
