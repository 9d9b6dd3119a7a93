// Gives each test run its own temporary folder (TMPDIR, which os.tmpdir() reads) and removes it when the run
// ends, so the stores, corpora and exports tests write never pile up in the system's temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
