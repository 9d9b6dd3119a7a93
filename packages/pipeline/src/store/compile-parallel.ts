import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '@dispatch/extract';
import { defaultExtract, type ExtractFn } from '../compile-corpus.js';
import { curateExtraction } from '../curate-extraction.js';
import {
  abandonBuild,
  assembleBuild,
  type CompilePlan,
  type CompileStats,
  compileSync,
  spoolExtraction,
  startBuild,
  unchanged,
} from './compile-store.js';

// The worker is a separate bundle beside this one (dist/extract-worker.js); from sources there is none.
const WORKER = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

/**
 * Compiles with the default extractor spread over worker threads (one per core, at most `workers`).
 * Falls back to this thread for small changes, custom extractors, or when the worker bundle is absent.
 */
export async function compileParallel(
  plan: CompilePlan,
  options: { workers?: number; extract?: ExtractFn; onProgress?: (done: number, total: number) => void } = {},
): Promise<CompileStats> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), availableParallelism()));
  if (plan.upToDate && plan.previous) return unchanged(plan.previous);
  if (options.extract || workers < 2 || plan.changed.length < 200 || !existsSync(WORKER)) {
    return compileSync(plan, options.extract ?? defaultExtract);
  }
  const build = startBuild(plan);
  const knowledgeBase = plan.sources.knowledgeBase.entities;
  const pool = Array.from({ length: workers }, () => new Worker(WORKER, { workerData: { knowledgeBase } }));
  try {
    let next = 0;
    let done = 0;
    const total = build.changed.length;
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        const scanned = build.changed[next++];
        if (!scanned) return;
        const source = scanned.read();
        worker.postMessage({ id: scanned.id, text: source.article.text, filed: source.article.filed });
        pending.set(scanned.id, { scanned, source });
      };
      const pending = new Map<
        string,
        {
          scanned: (typeof build.changed)[number];
          source: ReturnType<(typeof build.changed)[number]['read']>;
        }
      >();
      for (const worker of pool) {
        worker.on('error', reject);
        worker.on('message', (message: { id: string; extraction?: Extraction; error?: string }) => {
          const job = pending.get(message.id)!;
          pending.delete(message.id);
          if (message.error || !message.extraction) {
            reject(new Error(`extracting article "${message.id}": ${message.error}`));
            return;
          }
          try {
            // Workers only extract; an editor's curation is applied here, as on the single-thread path.
            const curated = curateExtraction(job.source, message.extraction, knowledgeBase);
            spoolExtraction(build, job.scanned, job.source.article, curated);
          } catch (error) {
            reject(error);
            return;
          }
          done++;
          if (done % 1000 === 0) options.onProgress?.(done, total);
          if (done === total) resolve();
          else feed(worker);
        });
        // Two jobs in flight per worker keep it busy while the main thread spools the previous result.
        feed(worker);
        feed(worker);
      }
      if (total === 0) resolve();
    });
  } catch (error) {
    abandonBuild(build);
    throw error;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return assembleBuild(build);
}
