import type { Entity, SentenceRef } from '@dispatch/core';
import { KIND_INFO } from '../../lib/entity-kind';
import { articleHref, entityHref } from '../../lib/urls';

interface Partner {
  entity: Entity;
  sentences: SentenceRef[];
}

/** The entities named in the same sentences, with those sentences as evidence. */
export function EntityPartners({ partners }: { partners: readonly Partner[] }) {
  return (
    <section aria-labelledby="appears-with">
      <h2 id="appears-with">Appears with</h2>
      {partners.length === 0 ? <p className="muted">Never named in a sentence with another entity.</p> : null}
      <ul className="plain-list partner-list">
        {partners.map(({ entity, sentences }) => (
          <li key={entity.id}>
            <a href={entityHref(entity.id)}>{entity.name}</a>{' '}
            <span className="muted small">({KIND_INFO[entity.kind].singular.toLowerCase()})</span>
            <details>
              <summary>
                {sentences.length} {sentences.length === 1 ? 'sentence' : 'sentences'} together
              </summary>
              <ul className="evidence-list">
                {sentences.map((sentence) => (
                  <li key={`${sentence.articleId}-${sentence.span.start}`}>
                    <a href={articleHref(sentence.articleId, sentence.sentenceId ?? undefined)}>
                      {sentence.text}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
