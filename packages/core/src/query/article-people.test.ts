import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { peopleOfArticle } from './article-people.js';
import { indexCorpus } from './corpus-index.js';

describe('peopleOfArticle', () => {
  it('lists people most mentioned first, with the roles the story gives them', () => {
    const article = fixtureArticle();
    const babbage = article.mentions[2]!;
    const withRole = { ...babbage, role: { span: babbage.span, text: 'Charles Babbage' } };
    const edited = fixtureArticle({
      mentions: [article.mentions[0]!, article.mentions[1]!, withRole, article.mentions[3]!],
    });
    const people = peopleOfArticle(indexCorpus(fixtureCorpus([edited])), edited);
    expect(people.map((p) => [p.entity.id, p.mentionCount, p.firstMentionId, p.roles])).toEqual([
      ['ada-lovelace', 2, article.mentions[1]!.id, []],
      ['charles-babbage', 1, babbage.id, ['Charles Babbage']],
    ]);
  });
});
