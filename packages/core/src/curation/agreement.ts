import type { Annotations } from '../schema/annotations.js';
import type { Event } from '../schema/event.js';
import type { Span } from '../schema/span.js';
import type { CurationEntry } from './curation-file.js';
import type { CurationOutcome } from './curation-records.js';

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** The event a selector names: one with a trigger on those words, else one with a trigger inside them. */
export function eventAt(events: readonly Event[], span: Span): Event | undefined {
  return (
    events.find((e) => e.triggers?.some((t) => same(t.span, span))) ??
    events.find((e) => e.triggers?.some((t) => span.start <= t.span.start && t.span.end <= span.end)) ??
    events.find((e) => e.evidence.some((s) => s.start <= span.start && span.end <= s.end) && !e.triggers)
  );
}

type Verdict = Pick<CurationOutcome, 'agreement' | 'detail'>;

const verdict = (agrees: boolean, detail: string): Verdict => ({
  agreement: agrees ? 'agrees' : 'differs',
  detail,
});

/**
 * Whether extraction alone (before any curation) already states what the entry states, with what it
 * does state there, so an editor sees which corrections the extractor has learned.
 */
export function agreementOf(raw: Annotations, entry: CurationEntry, span: Span): Verdict {
  const mention = raw.mentions.find((m) => same(m.span, span));
  const quote = raw.quotes.find((q) => same(q.span, span));
  const time = raw.times.find((t) => same(t.span, span));
  const event = eventAt(raw.events, span);
  const mentionSays = mention
    ? `extraction finds a ${mention.type} mention linked to ${mention.entityId ?? 'no entity'}`
    : 'extraction finds no mention here';
  const quoteSays = quote
    ? `extraction finds a quote said by ${quote.speaker ? (quote.speaker.entityId ?? quote.speaker.name) : 'no one'}`
    : 'extraction finds no quote here';
  switch (entry.action) {
    case 'note':
      return { agreement: 'not-applicable', detail: 'a note; extraction never writes notes' };
    case 'link-mention':
    case 'add-mention':
      return verdict(mention?.entityId === (entry.entity ?? null) && mention !== undefined, mentionSays);
    case 'unlink-mention':
      return verdict(!mention || mention.entityId === null, mentionSays);
    case 'set-speaker':
    case 'add-quote': {
      const want = entry.speaker;
      const speaker = quote?.speaker ?? null;
      const agrees =
        quote !== undefined &&
        (want === null
          ? speaker === null
          : speaker !== null &&
            (want.entity !== undefined ? speaker.entityId === want.entity : speaker.name === want.name));
      return verdict(agrees, quoteSays);
    }
    case 'add-time':
      return verdict(
        time?.value === entry.value,
        time
          ? `extraction resolves it to ${time.value ?? 'nothing (vague)'}`
          : 'extraction finds no time here',
      );
    case 'add-event':
      return verdict(
        event?.type === entry.type,
        event ? `extraction finds a ${event.type} event: ${event.label}` : 'extraction finds no event here',
      );
    case 'edit-event': {
      if (!event) return verdict(false, 'extraction finds no event here');
      const { set } = entry;
      const roles = Object.entries(set.roles ?? {});
      const agrees =
        (set.type === undefined || set.type === event.type) &&
        (set.label === undefined || set.label === event.label) &&
        (set.place === undefined || set.place === event.placeId) &&
        (set.time === undefined || set.time === (event.time?.value ?? null)) &&
        (set.participants === undefined ||
          set.participants.map((p) => p.entity).join() ===
            event.participants.map((p) => p.entityId).join()) &&
        roles.every(([id, role]) => event.participants.some((p) => p.entityId === id && p.role === role));
      const roleText = event.participants
        .map((p) => `${p.entityId}${p.role ? ` (${p.role})` : ''}`)
        .join(', ');
      return verdict(agrees, `extraction finds ${event.label}: ${roleText || 'no participants'}`);
    }
    case 'remove': {
      const there = { mention, quote, time, event }[entry.what];
      return verdict(
        there === undefined,
        there ? `extraction still finds this ${entry.what}` : `extraction no longer finds this ${entry.what}`,
      );
    }
  }
}
