// The --help text. Kept free of imports so `dispatch --help` loads nothing else.

export const HELP_TEXT = `dispatch: read Dispatch's news stories, people, quotes and timelines in the terminal.

Usage
  dispatch                      browse the articles (full-screen; press ? for every key)
  dispatch articles             list the articles
  dispatch article <slug>       read one article
  dispatch entity <id>          one person, organisation or place: roles, mentions, quotes
  dispatch query '<query>'      run a query, e.g. dispatch query 'quotes speaker:trump'

On a terminal these open the interactive reader; when the output is piped (or with --plain)
they print plain text and exit, so \`dispatch article <slug> | less\` works.

Options
  --theme <name>     default | high-contrast
  --no-color         no colours (also when NO_COLOR is set); styles still tell kinds apart
  --plain            print plain text even on a terminal
  --width <n>        wrap plain text at n columns (default: the terminal, $COLUMNS or 80)
  --data <dir>       the data/ folder (default: $DISPATCH_DATA, or the nearest data/ above here)
  -h, --help         this help
  -V, --version      the version

Exit codes: 0 ok, 1 the data could not be loaded, 2 bad usage or an unknown article/entity/query.
`;
