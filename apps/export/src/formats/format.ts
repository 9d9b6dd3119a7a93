import type { AnnotatedArticle, Entity } from '@dispatch/core';

/** What every format writer knows besides the article in hand. */
export interface ExportContext {
  schemaVersion: string;
  entities: readonly Entity[];
  entityById: ReadonlyMap<string, Entity>;
}

/** A file written in pieces (streamed), so memory does not grow with the corpus. */
export interface TextSink {
  write(chunk: string): void;
  close(): void;
}

/** Where a format puts its files; paths are relative to the export folder, with forward slashes. */
export interface ExportTarget {
  /** A small document written whole: pretty-printed in a folder, one line when piped to stdout. */
  writeJson(path: string, value: unknown): void;
  openStream(path: string): TextSink;
}

/** Receives the validated articles one at a time, in corpus order. */
export interface FormatWriter {
  article(article: AnnotatedArticle): void;
  end(): void;
}

export interface FormatSpec {
  /** The folder the format writes into, and its name on the command line. */
  name: string;
  summary: string;
  open(target: ExportTarget, context: ExportContext): FormatWriter;
}
