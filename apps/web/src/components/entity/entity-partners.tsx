import type { Entity, SentenceRef } from '@dispatch/core';
import { KIND_INFO } from '../../lib/entity-kind';
import { entityHref } from '../../lib/urls';
import { SentenceEvidence } from '../common/sentence-evidence';

interface Partner {
  entity: Entity;
  /** Sentences naming both. */
  sentenceCount: number;
  /** A few of them, as evidence. */
  sentences: SentenceRef[];
}

/** The entities named in the same sentences, with those sentences as evidence. */
export function EntityPartners({ partners }: { partners: readonly Partner[] }) {
  return (
    <section aria-labelledby="appears-with">
      <h2 id="appears-with">Appears with</h2>
      {partners.length === 0 ? <p className="muted">Never named in a sentence with another entity.</p> : null}
      <ul className="plain-list partner-list">
        {partners.map(({ entity, sentenceCount, sentences }) => (
          <li key={entity.id}>
            <a href={entityHref(entity.id)}>{entity.name}</a>{' '}
            <span className="muted small">({KIND_INFO[entity.kind].singular.toLowerCase()})</span>
            <SentenceEvidence count={sentenceCount} sentences={sentences} suffix=" together" />
          </li>
        ))}
      </ul>
    </section>
  );
}
