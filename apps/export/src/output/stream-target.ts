import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportTarget, TextSink } from '../formats/format.js';

const NULL_SINK: TextSink = { write() {}, close() {} };
const FLUSH_AT = 1 << 16;

/**
 * Sends one format to a stream (stdout) instead of a folder: the files `accepts` picks are written
 * one after another, whole documents as one JSON line each, so the output can be piped.
 */
export class StreamTarget implements ExportTarget {
  private pending = '';
  private blocked = false;

  constructor(
    private readonly stream: Writable,
    private readonly accepts: (path: string) => boolean,
  ) {}

  writeJson(path: string, value: unknown): void {
    if (this.accepts(path)) this.write(`${JSON.stringify(value)}\n`);
  }

  openStream(path: string): TextSink {
    if (!this.accepts(path)) return NULL_SINK;
    return { write: (chunk) => this.write(chunk), close() {} };
  }

  /** Waits while the reader is behind, so a slow pipe does not make memory grow. */
  async ready(): Promise<void> {
    if (this.pending.length >= FLUSH_AT) this.flush();
    if (this.blocked) {
      await once(this.stream, 'drain');
      this.blocked = false;
    }
  }

  async finish(): Promise<void> {
    this.flush();
    if (this.blocked) await once(this.stream, 'drain');
  }

  private write(chunk: string): void {
    this.pending += chunk;
  }

  private flush(): void {
    if (!this.pending) return;
    if (!this.stream.write(this.pending)) this.blocked = true;
    this.pending = '';
  }
}
