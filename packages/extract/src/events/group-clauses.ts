import type { Span } from '@dispatch/core';
import { firstFrom } from './article-facts.js';
import type { Candidate } from './candidates.js';

/** Candidates of one clause that name one event ("discussed ... during a three-hour meeting"). */
export interface ClauseGroup extends Candidate {
  triggers: Span[];
}

const MEETING_LIKE = new Set(['meeting', 'talks']);

/** Whether two mentions could be of one event: meetings and talks mix, other types only with their own. */
export const compatibleTypes = (
  a: { type: string; kind: string },
  b: { type: string; kind: string },
): boolean =>
  (MEETING_LIKE.has(a.type) && MEETING_LIKE.has(b.type)) || (a.type === b.type && a.kind === b.kind);

const distance = (span: Span, triggers: readonly Span[]): number =>
  Math.min(
    ...triggers.map((t) => (span.end <= t.start ? t.start - span.end : Math.max(0, span.start - t.end))),
  );

/**
 * Joins the candidates of each clause that can be one event, then gives each participant named in a
 * clause to the nearest event of it only ("X met Y before Z's funeral": X and Y met; the funeral is Z's).
 */
export function groupClauses(
  candidates: readonly Candidate[],
  mentionSpans: Map<string, Span[]>,
): ClauseGroup[] {
  const groups: ClauseGroup[] = [];
  const byClause = new Map<string, ClauseGroup[]>();
  const keyOf = (span: Span) => `${span.start}:${span.end}`;
  for (const candidate of candidates) {
    const key = keyOf(candidate.window.span);
    const inClause = byClause.get(key) ?? [];
    const group = inClause.find((g) => compatibleTypes(g, candidate));
    if (!group) {
      // Written out rather than spread: V8 copies a spread with overrides property by property, slowly.
      const created: ClauseGroup = {
        type: candidate.type,
        kind: candidate.kind,
        form: candidate.form,
        trigger: candidate.trigger,
        sentence: candidate.sentence,
        window: candidate.window,
        participants: [...candidate.participants],
        withIds: candidate.withIds,
        anaphoric: candidate.anaphoric,
        anaphoricOnly: candidate.anaphoricOnly,
        pairAnaphor: candidate.pairAnaphor,
        place: candidate.place,
        weakPlaces: [...candidate.weakPlaces],
        time: candidate.time,
        duration: candidate.duration,
        anchored: candidate.anchored,
        triggers: [candidate.trigger],
      };
      groups.push(created);
      inClause.push(created);
      byClause.set(key, inClause);
      continue;
    }
    group.triggers.push(candidate.trigger);
    if (candidate.form === 'noun') group.form = 'noun';
    if (candidate.type === 'meeting') group.type = 'meeting';
    for (const p of candidate.participants) {
      const had = group.participants.find((q) => q.entityId === p.entityId);
      if (!had) group.participants.push(p);
      else if (!had.role) had.role = p.role;
    }
    for (const id of candidate.withIds) group.withIds.add(id);
    group.anaphoricOnly &&= candidate.anaphoricOnly;
    const allAnaphoric = group.anaphoric && candidate.anaphoric;
    group.anaphoric = group.participants.length < 2 ? group.anaphoric || candidate.anaphoric : allAnaphoric;
    group.pairAnaphor ||= candidate.pairAnaphor;
    group.place ??= candidate.place;
    group.time ??= candidate.time;
    group.duration ??= candidate.duration;
    group.anchored ||= candidate.anchored;
    group.weakPlaces.push(...candidate.weakPlaces);
  }
  // A name claimed by several events of one clause belongs to the one whose trigger is nearest.
  for (const inClause of byClause.values()) {
    if (inClause.length < 2) continue;
    for (const group of inClause) {
      const rivals = inClause.filter((g) => g !== group);
      group.participants = group.participants.filter((p) => {
        const spans = spansWithin(mentionSpans.get(p.entityId) ?? [], group.window.span);
        if (p.role === 'deceased' || spans.length === 0) return true;
        const mine = Math.min(...spans.map((s) => distance(s, group.triggers)));
        return rivals.every(
          (r) =>
            !r.participants.some((q) => q.entityId === p.entityId) ||
            mine <= Math.min(...spans.map((s) => distance(s, r.triggers))),
        );
      });
    }
  }
  return groups;
}

function spansWithin(spans: readonly Span[], window: Span): Span[] {
  const found: Span[] = [];
  for (let i = firstFrom(spans, window.start); i < spans.length && spans[i]!.start < window.end; i++) {
    if (spans[i]!.end <= window.end) found.push(spans[i]!);
  }
  return found;
}
