import { Writable } from 'node:stream';

/** A writable that keeps what it is given, for asserting on a CLI's stdout and stderr. */
export class Capture extends Writable {
  private chunks: Buffer[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }

  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
