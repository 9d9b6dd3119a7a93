import type { Annotations } from '@dispatch/core';
import type { Extraction } from '@dispatch/extract';

/** What a stand-in extractor returns for `text`: one paragraph of one sentence, with `mentions` only. */
export function oneSentenceExtraction(text: string, mentions: Annotations['mentions'] = []): Extraction {
  const span = { start: 0, end: text.length };
  return {
    annotations: {
      structure: {
        dateline: null,
        credit: null,
        sections: [{ subhead: null, paragraphs: [{ id: 'p-1', span, sentences: [{ id: 's-0', span }] }] }],
      },
      mentions,
      quotes: [],
      times: [],
      events: [],
    },
    entities: [],
  };
}
