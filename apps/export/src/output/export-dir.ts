import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportDataError } from '../errors.js';
import type { ExportTarget, TextSink } from '../formats/format.js';
import { BufferedFile, type FileRecord } from './buffered-file.js';

/** The name every manifest carries, so a later run knows the folder is an export it may replace. */
export const GENERATOR_NAME = 'dispatch-export';

const open = new Set<ExportDir>();

/**
 * An export folder written atomically: everything goes into a hidden temporary folder beside the
 * target, and only a complete export is renamed into place. A run killed at any point leaves the
 * previous export untouched; its leftover temporary folder is hidden and removed by the next run.
 */
export class ExportDir implements ExportTarget {
  private readonly records: FileRecord[] = [];
  private readonly streams = new Set<BufferedFile>();
  private readonly made = new Set<string>();
  private finished = false;

  private constructor(
    readonly outDir: string,
    private readonly temporary: string,
  ) {
    open.add(this);
  }

  static create(outDir: string): ExportDir {
    const target = resolve(outDir);
    const parent = dirname(target);
    const base = basename(target);
    return ioStep(`cannot write the export to ${target}`, () => {
      mkdirSync(parent, { recursive: true });
      recoverInterruptedSwap(parent, base, target);
      removeStaleTemporaries(parent, base);
      assertReplaceable(target);
      // Not mkdtemp: its 0700 folder would become the export, unreadable to a web server.
      const temporary = join(parent, `.${base}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
      mkdirSync(temporary);
      return new ExportDir(target, temporary);
    });
  }

  writeJson(path: string, value: unknown): void {
    const contents = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    const absolute = this.prepare(path);
    writeFileSync(absolute, contents, { flag: 'wx' });
    this.records.push({
      path,
      bytes: contents.length,
      sha256: createHash('sha256').update(contents).digest('hex'),
    });
  }

  openStream(path: string): TextSink {
    const file = new BufferedFile(this.prepare(path), path, (record) => {
      this.records.push(record);
      this.streams.delete(file);
    });
    this.streams.add(file);
    return file;
  }

  /** Every file written so far, sorted by path (the manifest's order). */
  files(): FileRecord[] {
    return [...this.records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Writes the manifest last, then swaps the finished folder into place. */
  commit(manifest: unknown): void {
    ioStep(`cannot write the export to ${this.outDir}`, () => {
      if (this.streams.size > 0) throw new Error('internal: a stream was left open');
      writeFileSync(join(this.temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      assertReplaceable(this.outDir);
      if (existsSync(this.outDir)) {
        const previous = `${join(dirname(this.outDir), `.${basename(this.outDir)}.old-${process.pid}`)}`;
        rmSync(previous, { recursive: true, force: true });
        renameSync(this.outDir, previous);
        renameSync(this.temporary, this.outDir);
        rmSync(previous, { recursive: true, force: true });
      } else {
        renameSync(this.temporary, this.outDir);
      }
    });
    this.finished = true;
    open.delete(this);
  }

  /** Throws the unfinished export away; the previous one stays as it was. */
  abort(): void {
    if (this.finished) return;
    for (const stream of this.streams) stream.discard();
    this.streams.clear();
    rmSync(this.temporary, { recursive: true, force: true });
    this.finished = true;
    open.delete(this);
  }

  private prepare(path: string): string {
    const absolute = join(this.temporary, path);
    const folder = dirname(absolute);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    return absolute;
  }
}

/** For signal handlers: removes the temporary folder of every export still being written. */
export function abortOpenExports(): void {
  for (const dir of [...open]) dir.abort();
}

function ioStep<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ExportDataError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExportDataError(`${what}: ${reason}`);
  }
}

/** Only an empty folder or a previous export may be replaced: never someone's documents. */
function assertReplaceable(target: string): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) {
    throw new ExportDataError(`cannot write the export to ${target}: it is a file, not a folder`);
  }
  if (readdirSync(target).length === 0) return;
  let generator: unknown;
  try {
    generator = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')).generator?.name;
  } catch {
    generator = undefined;
  }
  if (generator !== GENERATOR_NAME) {
    throw new ExportDataError(
      `refusing to replace ${target}: it is not empty and holds no dispatch-export manifest.json; choose another --out`,
    );
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const pidIn = (name: string, marker: string): number | null => {
  const match = name.slice(marker.length).match(/^(\d+)/);
  return match ? Number(match[1]) : null;
};

function removeStaleTemporaries(parent: string, base: string): void {
  const marker = `.${base}.tmp-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(marker)) continue;
    const pid = pidIn(name, marker);
    if (pid !== null && pid !== process.pid && !isAlive(pid)) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

/** A run killed between its two renames leaves the previous export under a hidden name: restore it. */
function recoverInterruptedSwap(parent: string, base: string, target: string): void {
  const marker = `.${base}.old-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(marker)) continue;
    const pid = pidIn(name, marker);
    if (pid === null || pid === process.pid || isAlive(pid)) continue;
    if (existsSync(target)) rmSync(join(parent, name), { recursive: true, force: true });
    else renameSync(join(parent, name), target);
  }
}
