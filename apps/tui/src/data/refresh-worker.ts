// Runs in a worker thread while the UI shows the last compiled corpus: brings the compiled store up to date
// with data/ (hashing what changed, extracting changed articles) and says whether it wrote a new build.
import { parentPort, workerData } from 'node:worker_threads';
import { compileCorpusStore } from '@dispatch/pipeline';

export interface RefreshRequest {
  dataDir: string;
  compiledDir: string;
}

export type RefreshResult = { wrote: boolean } | { error: string };

const { dataDir, compiledDir } = workerData as RefreshRequest;
let result: RefreshResult;
try {
  result = { wrote: compileCorpusStore({ dataDir, compiledDir }).wrote };
} catch (error) {
  result = { error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(result);
