import type { AnnotatedArticle, CurationOutcome } from '@dispatch/core';
import type { FormatSpec } from './format.js';

/** One line of the report: a curation entry, the words it is pinned to, and what extraction says there. */
export interface CurationReportRow extends CurationOutcome {
  articleId: string;
}

/** The report over every article: each entry, and counts of how many extraction now agrees with. */
export function curationReport(rows: readonly CurationReportRow[]): Record<string, unknown> {
  const count = (agreement: CurationOutcome['agreement']) =>
    rows.filter((r) => r.agreement === agreement).length;
  return {
    entries: rows.length,
    agrees: count('agrees'),
    differs: count('differs'),
    notApplicable: count('not-applicable'),
    rows,
  };
}

export const curationRowsOf = (article: AnnotatedArticle): CurationReportRow[] =>
  (article.curation ?? []).map((outcome) => ({ articleId: article.id, ...outcome }));

/**
 * curation-report: every editor's curation entry with whether extraction alone (without curation) now
 * agrees with it, so editors see which corrections the extractor has learned and which still matter.
 */
export const curationReportFormat: FormatSpec = {
  name: 'curation-report',
  summary: 'every curation entry and whether extraction alone now agrees with it',
  open(target) {
    const rows: CurationReportRow[] = [];
    return {
      article(article) {
        rows.push(...curationRowsOf(article));
      },
      end() {
        target.writeJson('curation-report/curation-report.json', curationReport(rows));
      },
    };
  },
};
