import type { Quote } from '@dispatch/core';
import { firstSpanFrom } from '../text/span-index.js';
import { addDays, formatDay, parseIsoDate } from './calendar.js';
import type { FoundTime } from './times.js';

const DEICTIC = /^(?:today|yesterday|tomorrow|tonight)$/i;

/**
 * Re-resolves "today", "yesterday" and "tomorrow" inside a quote against the day the quote was said,
 * when its attribution dates it ("…yesterday’s talks…,” Peskov said on Saturday). Returns the times it
 * re-anchored; the others stay resolved against the filing date.
 */
export function anchorQuotedTimes(
  text: string,
  times: FoundTime[],
  quotes: readonly Quote[],
  filed: string | null,
): Set<FoundTime> {
  const anchored = new Set<FoundTime>();
  if (!parseIsoDate(filed)) return anchored;
  for (const quote of quotes) {
    if (!quote.verb || quote.parentId) continue;
    const inside: FoundTime[] = [];
    for (
      let i = firstSpanFrom(times, quote.span.start);
      i < times.length && times[i]!.end <= quote.span.end;
      i++
    ) {
      if (DEICTIC.test(text.slice(times[i]!.start, times[i]!.end))) inside.push(times[i]!);
    }
    if (inside.length === 0) continue;
    const verb = quote.verb.span;
    // a dated day right next to the speech verb ("said on Saturday", "said Friday")
    const next = times[firstSpanFrom(times, verb.end)];
    const said = next && next.start - verb.end <= 5 && next.resolved.granularity === 'day' ? next : undefined;
    const saidOn = parseIsoDate(said?.resolved.value);
    if (!saidOn) continue;
    for (const t of inside) {
      const w = text.slice(t.start, t.end).toLowerCase();
      const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      t.resolved = { ...t.resolved, value: formatDay(addDays(saidOn, shift)) };
      anchored.add(t);
    }
  }
  return anchored;
}
