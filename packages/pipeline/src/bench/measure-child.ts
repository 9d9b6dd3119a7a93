import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readOptions } from '../cli/args.js';
import { openCompiledCorpus } from '../store/open-store.js';
import { currentBuild } from '../store/store-files.js';
import { measureQueries } from './measure-queries.js';

/**
 * Runs in a fresh process so load time and memory are those of a front end starting up: opens the
 * compiled corpus, loads the search index, times every query kind, prints one JSON line.
 */
function measureInChild(compiledDir: string, runs: number): void {
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  const before = process.memoryUsage();
  let start = performance.now();
  const cpu = process.cpuUsage();
  const index = openCompiledCorpus(compiledDir);
  const loadMs = performance.now() - start;
  const loadCpu = process.cpuUsage(cpu);
  const loadCpuMs = (loadCpu.user + loadCpu.system) / 1000;
  const afterLoad = process.memoryUsage();
  start = performance.now();
  index.memo.set('search', index.loaders.get('search')!());
  const searchLoadMs = performance.now() - start;
  const afterSearch = process.memoryUsage();
  const latencies = measureQueries(index, runs);
  const build = currentBuild(compiledDir)!;
  const bytesUnder = (dir: string) =>
    readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  const searchBytes = bytesUnder(join(build, 'search'));
  const derivedBytes = bytesUnder(join(build, 'derived'));
  process.stdout.write(
    `${JSON.stringify({
      loadMs,
      loadCpuMs,
      searchLoadMs,
      rssLoadMb: mb(afterLoad.rss),
      heapLoadMb: mb(afterLoad.heapUsed - before.heapUsed),
      rssSearchMb: mb(afterSearch.rss),
      heapSearchMb: mb(afterSearch.heapUsed - before.heapUsed),
      derivedMb: mb(derivedBytes),
      searchMb: mb(searchBytes),
      latencies,
    })}\n`,
  );
}

// Entry point of the child process (dist/bench-measure.js): never imports the extractor.
const options = readOptions(process.argv.slice(2), ['measure', 'runs']);
if (options.has('measure')) measureInChild(options.get('measure')!, Number(options.get('runs') ?? 200));
