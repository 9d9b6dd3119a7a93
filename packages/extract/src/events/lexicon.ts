import type { EventType } from '@dispatch/core';

/** How a trigger word refers to its event: a verb that reports it, or a noun that names it. */
export type TriggerForm = 'verb' | 'noun';

/**
 * One trigger pattern. `kind` splits a type where two events of that type must never merge (arriving
 * somewhere and leaving it are both travel). `needsPlace`: only an event when a place follows
 * ("leaving Rome"), since "left" and "arrived" are too common on their own.
 */
export interface TriggerRule {
  type: EventType;
  kind: string;
  form: TriggerForm;
  pattern: RegExp;
  needsPlace?: boolean;
  /** Only an event when dated, or named as a beginning ("the start of the war"), or referring back. */
  needsAnchor?: boolean;
  /** Never starts an event of its own: only refers back to one ("the conflict", "the exchanges"). */
  anaphoricOnly?: boolean;
}

// Patterns are matched against the text as written, case-insensitively, on word boundaries. Plural
// nouns are left out where they usually mean something ongoing or generic ("Russia's attacks").
export const TRIGGER_RULES: readonly TriggerRule[] = [
  { type: 'meeting', kind: 'meet', form: 'verb', pattern: /\b(?:met|meets|meet)\b/giu },
  { type: 'meeting', kind: 'meet', form: 'verb', pattern: /\b(?:huddled|sat down with|hosted)\b/giu },
  {
    type: 'meeting',
    kind: 'meet',
    form: 'noun',
    pattern: /\b(?:meeting|encounter|summit|one-on-one|huddle|audience with|tête-à-tête)\b/giu,
  },
  { type: 'meeting', kind: 'meet', form: 'noun', pattern: /\bexchanges\b/giu, anaphoricOnly: true },
  {
    type: 'talks',
    kind: 'meet',
    form: 'noun',
    pattern: /\b(?:talks|negotiations|discussions?|conversation|phone call|telephone call|call with)\b/giu,
  },
  {
    type: 'talks',
    kind: 'meet',
    form: 'verb',
    pattern:
      /\b(?:discussed|discuss|discusses|negotiated|spoke with|spoke to|spoke by phone|held talks)\b/giu,
  },
  {
    type: 'statement',
    kind: 'statement',
    form: 'noun',
    pattern: /\b(?:statement|communiqué|communique|press conference|news conference)\b/giu,
  },
  { type: 'statement', kind: 'statement', form: 'verb', pattern: /\b(?:announced|declared)\b/giu },
  {
    type: 'attack',
    kind: 'attack',
    form: 'noun',
    pattern:
      /\b(?:attack|bombing|car bomb|bomb|air ?strike|drone strike|missile strike|strike|shelling|explosion|blast|ambush|assassination)\b/giu,
  },
  {
    type: 'attack',
    kind: 'attack',
    form: 'verb',
    pattern:
      /\b(?:was killed|were killed|was shot dead|were shot dead|assassinated|bombed|shelled|attacked)\b/giu,
  },
  {
    type: 'funeral',
    kind: 'funeral',
    form: 'noun',
    pattern: /\b(?:funeral mass|funeral|burial|memorial service|requiem mass|requiem)\b/giu,
  },
  {
    type: 'travel',
    kind: 'arrive',
    form: 'verb',
    pattern: /\b(?:arrived in|arriving in|arrives in|arrived at|landed in|arrival in)\b/giu,
    needsPlace: true,
  },
  {
    type: 'travel',
    kind: 'depart',
    form: 'verb',
    pattern: /\b(?:left|leaving|leaves|departed|departing|flew out of|flying out of|flew home from)\b/giu,
    needsPlace: true,
  },
  {
    type: 'travel',
    kind: 'visit',
    form: 'verb',
    pattern: /\b(?:visited|visiting|visits|a visit to|trip to|travelled to|traveled to|flew to)\b/giu,
    needsPlace: true,
  },
  {
    type: 'threat',
    kind: 'threat',
    form: 'verb',
    pattern: /\b(?:threatened|threatens|threatening|issued an ultimatum|ultimatum)\b/giu,
  },
  {
    type: 'seizure',
    kind: 'seizure',
    form: 'verb',
    pattern:
      /\b(?:seized|annexed|captured|occupied|took control of|seizure of|annexation of|capture of)\b/giu,
  },
  {
    type: 'war',
    kind: 'war',
    form: 'noun',
    pattern: /\b(?:war|invasion|full-scale invasion)\b/giu,
    needsAnchor: true,
  },
  { type: 'war', kind: 'war', form: 'noun', pattern: /\bconflict\b/giu, anaphoricOnly: true },
];

/** Words shortly before a trigger that make it unreal, future, negated or hypothetical: not an event. */
export const IRREALIS = new Set([
  'to',
  'would',
  'could',
  'might',
  'may',
  'will',
  'should',
  'shall',
  'can',
  'possible',
  'possibility',
  'prospect',
  'prospects',
  'potential',
  'ready',
  'future',
  'any',
  'no',
  'not',
  'never',
  "n't",
  'plan',
  'plans',
  'planned',
  'hopes',
  'hope',
  'wants',
  'want',
  'claims',
  'claim',
  'whether',
  'if',
  'further',
  'upcoming',
  'proposed',
  'next',
]);

/** Words before a noun that make it refer back to something already told ("the meeting"). */
export const DEFINITE = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
]);

/** Speech verbs whose complement begins right after them ("Zelensky said they discussed ..."). */
export const SAY_VERBS =
  /\b(?:said|says|say|saying|added|adding|insisted|indicated|stated|announced|reiterated|acknowledged|acknowledging|claimed|noted|warned|wrote|posted|believes|confirmed|reported)\b(?:\s+on\s+\w+day)?(?:\s+that\b)?/giu;

/** Speech verbs with an object; their complement begins at the following "that" ("told X that"). */
export const TELL_VERBS = /\b(?:told|tells|telling|informed|assured|urged)\b/giu;

/** Where the words stop being about the event and start saying who reported it. */
export const ATTRIBUTION = /,?\s*\b(?:according to|citing|described by)\b/giu;

/** Common nouns after an ORG/LOC name that make the name a modifier ("Kremlin aide", "US envoy"). */
export const MODIFIED_NOUNS = new Set([
  'aide',
  'aides',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'envoy',
  'envoys',
  'office',
  'clash',
  'forces',
  'troops',
  'army',
  'membership',
  'leader',
  'leaders',
  'minister',
  'president',
  'government',
  'delegation',
  'source',
  'sources',
  'statement',
  'platform',
  'account',
  'post',
  'territory',
  'border',
  'borders',
  'side',
]);

/** Groups of people referred to by number ("the two leaders"), resolved to an earlier pair. */
export const PAIR_ANAPHOR =
  /\b(?:the two (?:leaders|men|women|presidents|sides)|both (?:leaders|men|presidents)|the pair)\b/giu;

/** Prepositions that put an event somewhere, with how many filler words may sit before the place. */
export const PLACE_PREPOSITION =
  /\b(?:in|inside|outside|at|near|out of|from|on the outskirts of)\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,3})$/u;

/** Sentence time words that mark background rather than news ("has recently", "had kept"). */
export const PERFECT = /\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en|pt|ne|wn|un|id)\b/iu;

/** Numbers as words for durations ("three-hour"). */
export const NUMBER_WORD =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|several|a few|24|48|90)';
