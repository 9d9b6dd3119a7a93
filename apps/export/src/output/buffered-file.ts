import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** What the manifest records about each file. */
export interface FileRecord {
  path: string;
  bytes: number;
  sha256: string;
}

const FLUSH_AT = 1 << 20;

/**
 * A file written in pieces through a fixed-size buffer: memory stays flat however large the file
 * grows, and the sha256 is computed on the way out instead of by re-reading the file.
 */
export class BufferedFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private bytes = 0;

  constructor(
    absolutePath: string,
    private readonly relativePath: string,
    private readonly onClose: (record: FileRecord) => void,
  ) {
    this.fd = openSync(absolutePath, 'wx');
  }

  write(chunk: string): void {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    this.onClose({ path: this.relativePath, bytes: this.bytes, sha256: this.hash.digest('hex') });
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(buffer);
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
    this.bytes += buffer.length;
  }

  /** For error paths: release the descriptor without recording the file. */
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}
