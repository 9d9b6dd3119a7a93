import type { AnnotatedArticle } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import { entitiesOfArticle } from './articles.js';
import type { CorpusIndex } from './corpus-index.js';

export interface PersonInArticle {
  entity: Entity;
  /** The roles this story gives the person ("Kremlin spokesman"), else the knowledge base's. */
  roles: string[];
  mentionCount: number;
  /** The id of the first mention, to link to where the story introduces the person. */
  firstMentionId: string;
}

/** The people of one story, most mentioned first, with the roles the story gives them. */
export function peopleOfArticle(index: CorpusIndex, article: AnnotatedArticle): PersonInArticle[] {
  return entitiesOfArticle(index, article, 'PERSON').map((entity) => {
    const mentions = article.mentions.filter((m) => m.entityId === entity.id);
    const storyRoles = [...new Set(mentions.flatMap((m) => (m.role ? [m.role.text] : [])))];
    return {
      entity,
      roles: storyRoles.length > 0 ? storyRoles : entity.roles,
      mentionCount: mentions.length,
      firstMentionId: mentions[0]!.id,
    };
  });
}
