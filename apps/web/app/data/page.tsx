import type { Metadata } from 'next';
import { FORMAT_INFO, readExportManifest } from '../../src/data/export-files';

export const metadata: Metadata = {
  title: 'Data',
  description: 'Download Dispatch data: JSON, NDJSON, JSON Schema, JSON-LD, ninjs and Web Annotations.',
};

const kilobytes = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`);

export default function DataPage() {
  const manifest = readExportManifest();
  if (!manifest) {
    return (
      <>
        <h1>Data</h1>
        <p>
          The data files were not generated for this build. Run the site’s build, which writes them first.
        </p>
      </>
    );
  }
  const byFormat = new Map<string, typeof manifest.files>();
  for (const file of manifest.files) {
    const folder = file.path.split('/')[0]!;
    byFormat.set(folder, [...(byFormat.get(folder) ?? []), file]);
  }
  return (
    <>
      <h1>Data</h1>
      <p>
        Everything on this site as files, written by <code>dispatch-export</code> from the same corpus (schema
        version {manifest.schemaVersion}): {manifest.counts.articles} articles, {manifest.counts.entities}{' '}
        entities, {manifest.counts.mentions} mentions, {manifest.counts.quotes} quotes,{' '}
        {manifest.counts.times} times and {manifest.counts.events} events. The{' '}
        <a href="/data/manifest.json">manifest</a> lists every file with its SHA-256.
      </p>
      {[...byFormat].map(([format, files]) => {
        const info = FORMAT_INFO[format] ?? { title: format, description: '' };
        return (
          <section key={format} aria-labelledby={`format-${format}`} className="format-section">
            <h2 id={`format-${format}`}>{info.title}</h2>
            <p>{info.description}</p>
            <ul className="plain-list file-list">
              {files.map((file) => (
                <li key={file.path}>
                  <a href={`/data/${file.path}`}>{file.path}</a>{' '}
                  <span className="small muted">{kilobytes(file.bytes)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
