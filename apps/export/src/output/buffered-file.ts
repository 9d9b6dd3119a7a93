import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** What the manifest records about each file. */
export interface FileRecord {
  path: string;
  bytes: number;
  sha256: string;
}

const CAPACITY = 1 << 20;

/**
 * A file written in pieces through one reusable 1 MiB buffer: memory stays flat however large the file
 * grows, nothing is allocated per flush, and the sha256 is computed on the way out instead of by
 * re-reading the file.
 */
export class BufferedFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private readonly buffer = Buffer.allocUnsafe(CAPACITY);
  private used = 0;
  private bytes = 0;

  constructor(
    absolutePath: string,
    private readonly relativePath: string,
    private readonly onClose: (record: FileRecord) => void,
  ) {
    this.fd = openSync(absolutePath, 'wx');
  }

  write(chunk: string): void {
    // A UTF-16 unit never takes more than 3 UTF-8 bytes, so this bound is safe without measuring.
    const worstCase = chunk.length * 3;
    if (worstCase > CAPACITY - this.used) this.flush();
    if (worstCase > CAPACITY) {
      this.emit(Buffer.from(chunk, 'utf8'));
      return;
    }
    this.used += this.buffer.write(chunk, this.used, 'utf8');
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    this.onClose({ path: this.relativePath, bytes: this.bytes, sha256: this.hash.digest('hex') });
  }

  /** For error paths: release the descriptor without recording the file. */
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    this.emit(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private emit(bytes: Buffer): void {
    this.hash.update(bytes);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
    this.bytes += bytes.length;
  }
}
