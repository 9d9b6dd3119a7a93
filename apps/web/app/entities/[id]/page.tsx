import { getEntity, mentionsOfEntity, quotesOfEntity } from '@dispatch/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityEvents } from '../../../src/components/entity/entity-events';
import { EntityHeader } from '../../../src/components/entity/entity-header';
import { EntityMentions } from '../../../src/components/entity/entity-mentions';
import { EntityPartners } from '../../../src/components/entity/entity-partners';
import { EntityQuotes } from '../../../src/components/entity/entity-quotes';
import { corpusIndex } from '../../../src/data/corpus';
import { entityEvents, entityPartners } from '../../../src/data/entity-view';
import { KIND_INFO } from '../../../src/lib/entity-kind';

type Params = { id: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  return (await corpusIndex()).corpus.entities.map((entity) => ({ id: entity.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entity = getEntity(await corpusIndex(), (await params).id);
  if (!entity) return {};
  const role = entity.roles[0] ? `, ${entity.roles[0]}` : '';
  return {
    title: entity.name,
    description: `${entity.name} (${KIND_INFO[entity.kind].singular.toLowerCase()}${role}) in Dispatch stories: every mention in context, quotes, the people and places around them, and events.`,
  };
}

export default async function EntityPage({ params }: { params: Promise<Params> }) {
  const index = await corpusIndex();
  const entity = getEntity(index, (await params).id);
  if (!entity) notFound();
  return (
    <article className="entity-page">
      <EntityHeader entity={entity} />
      <EntityMentions mentions={mentionsOfEntity(index, entity.id)} />
      <EntityQuotes quotes={quotesOfEntity(index, entity.id)} />
      <EntityPartners partners={entityPartners(index, entity.id)} />
      <EntityEvents events={entityEvents(index, entity.id)} entities={index.entityById} />
    </article>
  );
}
