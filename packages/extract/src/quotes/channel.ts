import type { Span } from '@dispatch/core';
import type { ResolvedName } from '../mentions/resolve-names.js';
import { firstSpanFrom } from '../text/span-index.js';

/** Where words were said, when the text says so. */
export interface Channel {
  name: string;
  span: Span | null;
}

// Social platforms and messaging apps named after "on" ("wrote on X", "on his Truth Social platform").
const PLATFORM =
  /\b(?:on|via|in a (?:post|message|video|statement|tweet|thread|broadcast) on)\s+(?:(?:his|her|their|its|the|an?)\s+)?(?:(?:official|personal|verified)\s+)?(X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Truth Social|Weibo|WeChat|LinkedIn|Threads|Bluesky|Substack|Reddit|Snapchat|WhatsApp|Mastodon|Rumble|VKontakte|Gettr)\b/g;
// "told Reuters", "in an interview with CNN", "speaking to the BBC"
const OUTLET =
  /\b(?:told|telling|in an interview with|speaking to|said to|wrote in|writing in|in a column for)\s+(?:the\s+)?$/;

/** The channel named in the attribution clause [from, to), if any. */
export function findChannel(
  text: string,
  from: number,
  to: number,
  names: readonly ResolvedName[],
  nameSpans: readonly Span[],
): Channel | null {
  PLATFORM.lastIndex = 0;
  const m = PLATFORM.exec(text.slice(from, to));
  if (m) {
    const name = m[1]!;
    const start = from + m.index + m[0].length - name.length;
    return { name, span: { start, end: start + name.length } };
  }
  for (let i = firstSpanFrom(nameSpans, from); i < names.length; i++) {
    const n = names[i]!;
    if (n.span.start >= to) break;
    if (n.type !== 'ORG') continue;
    if (OUTLET.test(text.slice(Math.max(from, n.span.start - 40), n.span.start))) {
      return { name: n.entity.name, span: n.span };
    }
  }
  return null;
}
