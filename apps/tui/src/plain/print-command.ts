import type { RunOptions } from '../cli/args.js';
import type { Library } from '../data/library.js';
import { renderArticle, renderArticleList, renderEntity, renderSearch } from './render-plain.js';

export interface Printed {
  text: string;
  /** Written to stderr instead of the text when set. */
  error?: string;
  exitCode: number;
}

/** The plain-text answer to a command: what piped mode prints. */
export function printCommand(library: Library, options: RunOptions, width: number): Printed {
  const { command } = options;
  switch (command.name) {
    case 'browse':
    case 'articles':
      return { text: renderArticleList(library.articles(), width), exitCode: 0 };
    case 'article': {
      const article = library.article(command.slug);
      if (!article) return notFound(`no article "${command.slug}" (dispatch articles lists them)`);
      return { text: renderArticle(library, article, width), exitCode: 0 };
    }
    case 'entity': {
      const entity = library.entity(command.id);
      if (!entity) return notFound(`no entity "${command.id}"`);
      return { text: renderEntity(library, entity, width), exitCode: 0 };
    }
    case 'query': {
      const outcome = library.search(command.query);
      if (!outcome.ok) {
        const caret = outcome.at
          ? `\n  ${command.query}\n  ${' '.repeat(outcome.at.start)}${'^'.repeat(Math.max(1, outcome.at.end - outcome.at.start))}`
          : '';
        return notFound(`bad query: ${outcome.message}${caret}`);
      }
      return { text: renderSearch(outcome, width), exitCode: 0 };
    }
  }
}

const notFound = (error: string): Printed => ({ text: '', error, exitCode: 2 });
