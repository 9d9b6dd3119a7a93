import { QUERY_HELP } from '@dispatch/core';
import { RECORD_TYPES } from '../formats/ndjson.js';
import { FORMAT_NAMES, FORMATS } from '../formats/registry.js';
import { DEFAULT_OUT } from './args.js';

export function helpText(): string {
  const formats = FORMAT_NAMES.map((name) => `  ${name.padEnd(12)} ${FORMATS[name].summary}`).join('\n');
  return `dispatch-export: writes the Dispatch corpus in the formats data consumers already use.

Usage
  dispatch-export [--format F]... [--out DIR] [--query Q]
  dispatch-export --format F --stdout [--record R] [--query Q]

Options
  -f, --format F   a format, a comma-separated list, or "all" (default: all); repeatable
  -o, --out DIR    the export folder (default: ${DEFAULT_OUT}); replaced atomically, and only if it is
                   empty or a previous export (it holds a dispatch-export manifest.json)
      --stdout     write a single format to stdout instead of a folder, for piping: json as one
                   document; schema, jsonld, ninjs and annotations as one JSON document per line
  -r, --record R   with --stdout and ndjson (required there): which file, one of
                   ${RECORD_TYPES.join(', ')}
  -q, --query Q    export only what the core query Q selects (the query language of the site and
                   TUI, e.g. 'articles entity:putin', 'quotes speaker:trump'): article queries keep
                   whole articles; quotes, mentions and meetings keep the articles with matches and,
                   of that record type, only the matches; entities keeps matching entities only.
                   Every match is exported unless the query gives limit:/offset:
  -i, --input FILE export a corpus JSON file (such as json/corpus.json) instead of data/
  -d, --data DIR   the data/ folder to compile (default: $DISPATCH_DATA, else the nearest data/ above)
  -h, --help       this help
  -v, --version    the tool and data schema versions
A leading "--" (as in pnpm run export -- --format json) is ignored.

Formats
${formats}

Layout
  DIR/json/  DIR/ndjson/  DIR/schema/  DIR/jsonld/  DIR/ninjs/  DIR/annotations/  DIR/manifest.json
  manifest.json records the tool and schema versions, the creation time (SOURCE_DATE_EPOCH when
  set, for reproducible builds), record counts and the sha256 of every file. The same data always
  gives byte-identical files.

Exit codes
  0  the export was written
  1  data or I/O error: invalid data (names the record and field), unreadable input, unwritable folder
  2  usage error: unknown option or format, invalid query, missing --record, bad SOURCE_DATE_EPOCH

Query language
${QUERY_HELP.split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
`;
}
