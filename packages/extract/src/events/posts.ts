import type { Event, Span } from '@dispatch/core';
import { type ArticleFacts, itemsIn, nameOf, sentenceOf } from './article-facts.js';

/**
 * Social-media posts: a quotation with a channel ("Trump said in a post on his Truth Social platform",
 * "Zelensky wrote on X") is a post by its speaker on that platform. A quotation that continues it
 * without a new attribution is the same post.
 */
export function findPosts(facts: ArticleFacts): Event[] {
  const posts: Event[] = [];
  let previous: { event: Event; quoteId: string } | null = null;
  for (const quote of facts.quotes) {
    if (quote.parentId !== null) continue;
    const author = quote.speaker?.entityId;
    if (!quote.channel || !author) {
      previous = null;
      continue;
    }
    const evidence: Span[] = [];
    const addSentence = (at: number) => {
      const sentence = sentenceOf(facts, at);
      if (sentence && !evidence.some((s) => s.start === sentence.start)) evidence.push(sentence);
    };
    addSentence(quote.span.start);
    if (quote.verb) addSentence(quote.verb.span.start);
    if (quote.continuation && previous && previous.event.participants[0]?.entityId === author) {
      for (const span of evidence) {
        if (!previous.event.evidence.some((s) => s.start === span.start)) previous.event.evidence.push(span);
      }
      previous.event.evidence.sort((a, b) => a.start - b.start);
      continue;
    }
    const channelSpan = quote.channel.span;
    const platform = channelSpan
      ? itemsIn(facts.mentions, {
          start: Math.max(0, channelSpan.start - 200),
          end: channelSpan.end + 200,
        }).find((m) => m.entityId && m.span.start < channelSpan.end && channelSpan.start < m.span.end)
      : undefined;
    const trigger = postTrigger(facts, quote.verb?.span ?? null, channelSpan);
    const event: Event = {
      id: `e-${trigger.span.start}-${trigger.span.end}`,
      type: 'post',
      label: `${nameOf(facts, author)} posts on ${quote.channel.name}`,
      participants: [
        { entityId: author, role: 'author' },
        ...(platform?.entityId ? [{ entityId: platform.entityId, role: 'platform' }] : []),
      ],
      placeId: null,
      time: null,
      duration: null,
      descriptions: [],
      evidence: evidence.sort((a, b) => a.start - b.start),
      triggers: [trigger],
      source: 'extraction',
    };
    posts.push(event);
    previous = { event, quoteId: quote.id };
  }
  return posts;
}

/** The words that say it was a post: "a post" when written, else the verb ("posted", "wrote"). */
function postTrigger(
  facts: ArticleFacts,
  verb: Span | null,
  channel: Span | null,
): { span: Span; text: string } {
  const { text } = facts;
  if (verb && channel) {
    const between = text.slice(verb.end, channel.start);
    const noun = /\b(?:a|his|her|their|its)\s+(?:\p{Ll}+\s+)?(post|tweet|message|video)\b/u.exec(between);
    if (noun) {
      const start = verb.end + noun.index + noun[0].length - noun[1]!.length;
      return { span: { start, end: start + noun[1]!.length }, text: noun[1]! };
    }
  }
  const span = verb ?? channel!;
  return { span, text: text.slice(span.start, span.end) };
}
