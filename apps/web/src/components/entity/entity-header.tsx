import type { Entity } from '@dispatch/core';
import { KIND_INFO } from '../../lib/entity-kind';

export function EntityHeader({ entity }: { entity: Entity }) {
  const kind = KIND_INFO[entity.kind];
  return (
    <header className="entity-header">
      <p className={`entity-kind kind-${kind.slug}`}>{kind.singular}</p>
      <h1>{entity.name}</h1>
      {entity.description ? <p>{entity.description}</p> : null}
      <dl className="facts">
        {entity.roles.length > 0 ? (
          <>
            <dt>Roles</dt>
            <dd>{entity.roles.join('; ')}</dd>
          </>
        ) : null}
        {entity.aliases.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{entity.aliases.join('; ')}</dd>
          </>
        ) : null}
        {entity.wikidata ? (
          <>
            <dt>Wikidata</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${entity.wikidata}`} rel="external">
                {entity.wikidata}
              </a>
            </dd>
          </>
        ) : null}
        <dt>Source</dt>
        <dd>
          {entity.source === 'knowledge-base'
            ? 'Curated knowledge base'
            : 'Found by the extractor, not yet curated'}
        </dd>
      </dl>
    </header>
  );
}
