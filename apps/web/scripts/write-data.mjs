#!/usr/bin/env node
// Before `next build`: writes the data export (every format dispatch-export writes, and its manifest)
// into public/data/, so the site publishes the same files as the CLI, from the same corpus.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExport } from '@dispatch/export';
import { loadCorpus } from '@dispatch/pipeline';

const outDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../public/data');

try {
  const { manifest } = await writeExport({ corpus: loadCorpus(), formats: 'all', outDir });
  console.log(
    `write-data: ${manifest.files.length} export files in public/data (${manifest.formats.join(', ')})`,
  );
} catch (error) {
  console.error(`write-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
