import { type AnnotatedArticle, type Entity, type Paragraph, segmentText } from '@dispatch/core';
import type { ReactNode } from 'react';
import { sentenceUnits } from '../../lib/sentence-units';
import { SegmentView } from './segment-view';

interface ArticleBodyProps {
  article: AnnotatedArticle;
  entities: ReadonlyMap<string, Entity>;
}

/** The story's sections, subheads and paragraphs, verbatim, every sentence addressable by its id. */
export function ArticleBody({ article, entities }: ArticleBodyProps) {
  return (
    <div className="article-body">
      {article.structure.sections.map((section, s) => (
        // Sections have no id of their own; their order is fixed, so the index is a stable key.
        <section key={s} aria-labelledby={section.subhead ? `h-${section.subhead.span.start}` : undefined}>
          {section.subhead ? (
            <h2 id={`h-${section.subhead.span.start}`}>
              <SegmentView segments={segmentText(article, section.subhead.span)} entities={entities} />
            </h2>
          ) : null}
          {section.paragraphs.map((paragraph) => (
            <ParagraphView key={paragraph.id} article={article} paragraph={paragraph} entities={entities} />
          ))}
        </section>
      ))}
    </div>
  );
}

function ParagraphView({ article, paragraph, entities }: ArticleBodyProps & { paragraph: Paragraph }) {
  const pieces: ReactNode[] = [];
  let cursor = paragraph.span.start;
  const gap = (end: number) => {
    if (end > cursor) {
      pieces.push(
        <SegmentView
          key={`gap-${cursor}`}
          segments={segmentText(article, { start: cursor, end })}
          entities={entities}
        />,
      );
    }
  };
  for (const unit of sentenceUnits(article, paragraph)) {
    gap(unit.span.start);
    pieces.push(
      <span key={unit.id} id={unit.id} className="sentence">
        {unit.aliasIds.map((id) => (
          <span key={id} id={id} className="sentence-alias" />
        ))}
        <SegmentView segments={segmentText(article, unit.span)} entities={entities} />
      </span>,
    );
    cursor = unit.span.end;
  }
  gap(paragraph.span.end);
  return <p id={paragraph.id}>{pieces}</p>;
}
