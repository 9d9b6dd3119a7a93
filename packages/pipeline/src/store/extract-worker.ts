// Runs in a worker thread: extracts the articles it is sent with the knowledge base it was started with.

import { parentPort, workerData } from 'node:worker_threads';
import type { KnownEntity } from '@dispatch/core';
import { extractArticle } from '@dispatch/extract';

const knowledgeBase = (workerData as { knowledgeBase: KnownEntity[] }).knowledgeBase;

parentPort!.on('message', (job: { id: string; text: string; filed: string }) => {
  try {
    const extraction = extractArticle({ text: job.text, filed: job.filed, knowledgeBase });
    parentPort!.postMessage({ id: job.id, extraction });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
