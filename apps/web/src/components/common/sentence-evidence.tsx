import type { SentenceRef } from '@dispatch/core';
import { articleHref } from '../../lib/urls';

/**
 * "3 sentences" that opens onto the sentences, each linking to its place in the story. Core keeps only a
 * few sentences per pair as evidence, so the count can be larger than the list.
 */
export function SentenceEvidence({
  count,
  sentences,
  suffix = '',
}: {
  count: number;
  sentences: readonly SentenceRef[];
  suffix?: string;
}) {
  return (
    <details>
      <summary>
        {count} {count === 1 ? 'sentence' : 'sentences'}
        {suffix}
        {sentences.length < count ? ` (${sentences.length} shown)` : ''}
      </summary>
      <ul className="evidence-list">
        {sentences.map((sentence) => (
          <li key={`${sentence.articleId}-${sentence.span.start}`}>
            <a href={articleHref(sentence.articleId, sentence.sentenceId ?? undefined)}>{sentence.text}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
