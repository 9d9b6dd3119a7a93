// Plain-text renderings for piped output (`dispatch article <slug> | less`). Pure: data in, string out.
import { type AnnotatedArticle, type ArticleSummary, type Entity, formatDay } from '@dispatch/core';
import type { Library } from '../data/library.js';
import type { SearchOutcome } from '../data/search.js';
import { layoutArticle, lineText } from '../text/article-layout.js';
import { count, KIND_LABEL, KIND_PLURAL } from '../text/format.js';
import { wrapPlain } from '../text/wrap.js';

const rule = (text: string, width: number, char = '=') =>
  char.repeat(Math.max(3, Math.min(text.length, width)));

/** The article as a reader would lay it out, then who and what it mentions and what was said. */
export function renderArticle(library: Library, article: AnnotatedArticle, width: number): string {
  const layout = layoutArticle(article, width, library.segments);
  const out: string[] = [];
  layout.lines.forEach((line, i) => {
    const text = lineText(line);
    out.push(line.kind === 'subhead' ? `## ${text}` : text);
    // Underline the headline once, under its last line.
    if (line.kind === 'headline' && layout.lines[i + 1]?.kind !== 'headline')
      out.push(rule(article.headline, width));
  });
  const entities = library.entitiesIn(article, { start: 0, end: article.text.length });
  if (entities.length > 0) {
    out.push('', 'Mentioned', rule('Mentioned', width, '-'));
    for (const kind of ['PERSON', 'ORG', 'LOC'] as const) {
      const ofKind = entities.filter((e) => e.kind === kind);
      if (ofKind.length > 0)
        out.push(...wrapPlain(`${KIND_PLURAL[kind]}: ${ofKind.map(describe).join('; ')}`, width));
    }
  }
  if (article.quotes.length > 0) {
    const heading = `Quotes (${article.quotes.length})`;
    out.push('', heading, rule(heading, width, '-'));
    for (const quote of article.quotes) {
      const who = quote.speaker?.name ?? 'unattributed';
      const where = quote.channel ? ` on ${quote.channel.name}` : '';
      out.push(...wrapPlain(`“${quote.text}”`, width, '  '), ...wrapPlain(`— ${who}${where}`, width, '    '));
    }
  }
  return `${out.join('\n')}\n`;
}

const describe = (entity: Entity) => (entity.roles[0] ? `${entity.name} (${entity.roles[0]})` : entity.name);

/** One article per block: headline, then date, dateline, people and slug (for `dispatch article`). */
export function renderArticleList(articles: readonly ArticleSummary[], width: number): string {
  if (articles.length === 0) return 'No articles.\n';
  const blocks = articles.map((article) => {
    const meta = [formatDay(article.filed), article.dateline, article.credit].filter(Boolean).join(' · ');
    const people = article.people.map((p) => p.name).join(', ');
    return [
      ...wrapPlain(article.headline, width),
      ...wrapPlain(meta, width, '  '),
      ...(people ? wrapPlain(`People: ${people}`, width, '  ') : []),
      `  slug: ${article.id}`,
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** An entity: what it is, then each mention in its sentence and each quote. */
export function renderEntity(library: Library, entity: Entity, width: number): string {
  const mentions = library.mentionsOf(entity.id);
  const quotes = library.quotesOf(entity.id);
  const out: string[] = [entity.name, rule(entity.name, width)];
  out.push(...wrapPlain([KIND_LABEL[entity.kind], ...entity.roles].join(' · '), width));
  if (entity.description) out.push(...wrapPlain(entity.description, width));
  if (entity.wikidata) out.push(`Wikidata: https://www.wikidata.org/wiki/${entity.wikidata}`);
  out.push('', `Mentions (${mentions.length})`);
  for (const m of mentions) {
    const sentence = `${m.context.before}[${m.context.match}]${m.context.after}`.replace(/\s+/g, ' ').trim();
    out.push(...wrapPlain(`${sentence}  (${m.articleId})`, width, '  '));
  }
  if (quotes.length > 0) {
    out.push('', `Quotes (${quotes.length})`);
    for (const q of quotes) out.push(...wrapPlain(`“${q.quote.text}”  (${q.articleId})`, width, '  '));
  }
  const events = library.eventsOf(entity.id);
  if (events.length > 0) {
    out.push('', `Events (${events.length})`);
    for (const e of events) {
      const when = e.event.time?.value ?? 'undated';
      out.push(...wrapPlain(`${when}  ${e.event.label}  (${e.articleId})`, width, '  '));
    }
  }
  const company = library.partnersOf(entity.id);
  if (company.length > 0) {
    out.push('', 'Appears with');
    out.push(
      ...wrapPlain(
        company
          .map((c) => `${c.entity.name} (${count(c.sentences, 'sentence')}, ${count(c.events, 'event')})`)
          .join(', '),
        width,
        '  ',
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

/** A query's results: a summary line, any notes, then one block per row. */
export function renderSearch(outcome: SearchOutcome, width: number): string {
  if (!outcome.ok) return `${outcome.message}\n`;
  const lines: string[] = [outcome.summary, ...outcome.notes.map((note) => `note: ${note}`)];
  for (const hit of outcome.rows) {
    lines.push('', ...wrapPlain(hit.title, width));
    if (hit.detail) lines.push(...wrapPlain(hit.detail, width, '  '));
  }
  return `${lines.join('\n')}\n`;
}
