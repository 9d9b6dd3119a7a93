import { jsonSchemas } from '@dispatch/core';
import type { FormatSpec } from './format.js';

/**
 * json: the whole corpus as one CorpusSchema document, written article by article so the corpus is
 * never stringified at once. The bytes equal JSON.stringify(corpus) plus a final newline. Its JSON
 * Schema goes beside it, so the folder is usable on its own.
 */
export const jsonFormat: FormatSpec = {
  name: 'json',
  summary: 'the whole corpus as one document: json/corpus.json and its JSON Schema',
  open(target, context) {
    target.writeJson('json/corpus.schema.json', jsonSchemas().corpus);
    const sink = target.openStream('json/corpus.json');
    sink.write(
      `{"schemaVersion":${JSON.stringify(context.schemaVersion)},"entities":${JSON.stringify(context.entities)},"articles":[`,
    );
    let separator = '';
    return {
      article(article) {
        sink.write(separator + JSON.stringify(article));
        separator = ',';
      },
      end() {
        sink.write(']}\n');
        sink.close();
      },
    };
  },
};
