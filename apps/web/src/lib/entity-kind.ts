import type { EntityKind } from '@dispatch/core';

/** CSS class suffix and reader-facing names of each entity kind. */
export const KIND_INFO: Record<
  EntityKind,
  { slug: 'person' | 'org' | 'place'; singular: string; plural: string }
> = {
  PERSON: { slug: 'person', singular: 'Person', plural: 'People' },
  ORG: { slug: 'org', singular: 'Organisation', plural: 'Organisations' },
  LOC: { slug: 'place', singular: 'Place', plural: 'Places' },
};
