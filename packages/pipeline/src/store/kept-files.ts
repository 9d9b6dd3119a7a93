import { fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files of a build opened up front and read later through their descriptors, so a compile that removes
 * the build meanwhile (it replaces the live build) cannot pull them away from an open corpus.
 */
export class KeptFiles {
  readonly fds = new Map<string, number>();

  /** Opens every file of `dir` whose name passes `keep` (all by default). */
  constructor(
    readonly dir: string,
    keep: (name: string) => boolean = () => true,
  ) {
    for (const name of readdirSync(dir).sort()) {
      if (keep(name)) this.fds.set(name, openSync(join(dir, name), 'r'));
    }
  }

  names(): string[] {
    return [...this.fds.keys()];
  }

  /** The whole file. Throws when it was not there at opening. */
  read(name: string): Buffer {
    const fd = this.fds.get(name);
    if (fd === undefined) throw new Error(`${join(this.dir, name)}: missing from the compiled corpus`);
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) done += readSync(fd, bytes, done, size - done, done);
    return bytes;
  }
}
