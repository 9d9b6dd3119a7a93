// Plain shapes the components render. The loaders in this folder fill them from core queries, so a
// component never depends on how a query is computed, and tests can build them by hand.

export interface PersonRow {
  id: string;
  name: string;
  roles: string[];
  mentionCount: number;
  /** Anchor of the first mention in the story ("m-…"). */
  firstMentionId: string;
}

export interface QuoteRow {
  id: string;
  articleId: string;
  headline: string;
  text: string;
  speakerKey: string;
  speakerName: string;
  speakerId: string | null;
  channel: string | null;
}

export interface QuoteGroup {
  key: string;
  name: string;
  entityId: string | null;
  quotes: QuoteRow[];
}

export interface TimelineRow {
  key: string;
  /** ISO value, or null for vague times. */
  value: string | null;
  /** The date as a reader says it ("Fri 25 Apr 2025"), or the vague words. */
  when: string;
  /** What happened: an event label, or the sentence that states the date. */
  what: string;
  kind: 'event' | 'statement' | 'vague';
  articleId: string;
  headline: string;
  /** Anchor in the article ("s-…"). */
  anchor: string | null;
}
