import { type AnnotatedArticle, indexCorpus } from '@dispatch/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, fixtureArticle, fixtureCorpus } from '../../testing/fixture-corpus';
import { ArticleBody } from './article-body';

const entities = indexCorpus(fixtureCorpus()).entityById;

function render(article: AnnotatedArticle = fixtureArticle()) {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(<ArticleBody article={article} entities={entities} />);
  return container;
}

/** Text a reader sees, without the hover notes. */
function readingText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const note of clone.querySelectorAll('.note')) note.remove();
  return clone.textContent ?? '';
}

describe('ArticleBody', () => {
  it('renders every paragraph and subhead verbatim', () => {
    const body = render();
    const blocks = [...body.querySelectorAll('h2, p')].map(readingText);
    expect(blocks).toEqual(FIXTURE_TEXT.split('\n'));
  });

  it('links a mention to its entity and gives it the deep-link id and kind style', () => {
    const link = render().querySelector('a[href="/entities/ada-lovelace/"]')!;
    expect(link.textContent).toBe('Ada Lovelace');
    expect(link.id).toBe(
      `m-${FIXTURE_TEXT.indexOf('Ada Lovelace')}-${FIXTURE_TEXT.indexOf('Ada Lovelace') + 12}`,
    );
    expect(link.className).toBe('mark mark-person');
    expect(render().querySelector('a[href="/entities/royal-society/"]')!.className).toBe('mark mark-org');
  });

  it('marks a quote with its speaker, linked, and nests a quote inside a quote', () => {
    const body = render();
    const quote = body.querySelector('.mark-quote[data-speaker="ada-lovelace"]')!;
    expect(readingText(quote)).toBe('The engine weaves ‘algebraic’ patterns,');
    const note = quote.querySelector(':scope > .note')!;
    expect(note.getAttribute('role')).toBe('tooltip');
    expect(quote.getAttribute('aria-describedby')).toBe(note.id);
    expect(note.querySelector('a')!.getAttribute('href')).toBe('/entities/ada-lovelace/');
    expect(readingText(quote.querySelector('.mark-quote')!)).toBe('algebraic');
    const onX = body.querySelector('.mark-quote[data-speaker="charles-babbage"] > .note')!;
    expect(onX.textContent).toBe('Said by Charles Babbage on X');
  });

  it('resolves a date on its note, and says when a time has no fixed date', () => {
    const body = render();
    const monday = body.querySelector('time.mark-time')!;
    expect(monday.getAttribute('datetime')).toBe('2025-04-21');
    // 21 April 2025 was a Monday (25 April, the Friday before the filing date, minus four days).
    expect(monday.querySelector('.note')!.textContent).toBe('Monday → Mon 21 Apr 2025');
    const vague = [...body.querySelectorAll('time.mark-time')].at(-1)!;
    expect(vague.hasAttribute('datetime')).toBe(false);
    expect(vague.querySelector('.note')!.textContent).toBe('in the past (no fixed date)');
  });

  it('wraps each sentence in an element with its id for deep links', () => {
    const ids = [...render().querySelectorAll('.sentence')].map((s) => s.id);
    expect(ids).toEqual(
      fixtureArticle().structure.sections.flatMap((s) =>
        s.paragraphs.flatMap((p) => p.sentences.map((x) => x.id)),
      ),
    );
  });

  it('keeps a quote that spans two sentences whole, with both sentence ids still reachable', () => {
    const article = fixtureArticle();
    const p2 = article.structure.sections[1]!.paragraphs[0]!;
    const span = { start: p2.span.start, end: p2.span.end - 1 };
    const long = {
      ...article.quotes[2]!,
      id: 'q-long',
      span,
      text: FIXTURE_TEXT.slice(span.start, span.end),
      speaker: null,
    };
    const body = render({ ...article, quotes: [article.quotes[0]!, article.quotes[1]!, long] });
    const unit = body.querySelector(`#${p2.sentences[0]!.id}`)!;
    expect(unit.querySelector('#q-long')).not.toBeNull();
    expect(unit.querySelector(`#${p2.sentences[1]!.id}.sentence-alias`)).not.toBeNull();
  });

  it('renders markup in the text as text, never as HTML', () => {
    const text = 'Ada wrote <img src=x onerror=alert(1)> & left.';
    const article: AnnotatedArticle = {
      ...fixtureArticle(),
      text,
      structure: {
        dateline: null,
        credit: null,
        sections: [
          { subhead: null, paragraphs: [{ id: 'p-1', span: { start: 0, end: text.length }, sentences: [] }] },
        ],
      },
      mentions: [],
      quotes: [],
      times: [],
      events: [],
    };
    const body = render(article);
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('p')!.textContent).toBe(text);
  });
});
