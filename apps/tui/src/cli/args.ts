// Argument parsing for `dispatch`. Pure, so --help and --version never wait for the UI or the corpus.

export const THEME_NAMES = ['default', 'high-contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** What the user asked to see. */
export type Command =
  | { name: 'browse' }
  | { name: 'articles' }
  | { name: 'article'; slug: string }
  | { name: 'entity'; id: string }
  | { name: 'query'; query: string };

export interface RunOptions {
  command: Command;
  theme: ThemeName;
  /** False for --no-color or a non-empty NO_COLOR (https://no-color.org). */
  color: boolean;
  /** Print plain text even on a terminal. */
  plain: boolean;
  /** Wrap width for plain text; null means the terminal's, $COLUMNS, or 80. */
  width: number | null;
  dataDir: string | null;
}

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; options: RunOptions }
  | { kind: 'error'; message: string };

const error = (message: string): ParsedArgs => ({ kind: 'error', message });

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedArgs {
  const positional: string[] = [];
  let theme: ThemeName = 'default';
  let color = !env.NO_COLOR;
  let plain = false;
  let width: number | null = null;
  let dataDir: string | null = null;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--opt=value` and `--opt value` are both accepted.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inlineValue = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | null => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-V':
      case '--version':
        return { kind: 'version' };
      case '--no-color':
        color = false;
        break;
      case '--color':
        color = true;
        break;
      case '--plain':
        plain = true;
        break;
      case '--theme': {
        const value = takeValue();
        if (!value || !(THEME_NAMES as readonly string[]).includes(value)) {
          return error(`--theme expects one of ${THEME_NAMES.join(', ')}${value ? `, not "${value}"` : ''}`);
        }
        theme = value as ThemeName;
        break;
      }
      case '--width': {
        const value = takeValue();
        const n = Number(value);
        if (!value || !Number.isInteger(n) || n < 20 || n > 1000) {
          return error(
            `--width expects a whole number of columns from 20 to 1000${value ? `, not "${value}"` : ''}`,
          );
        }
        width = n;
        break;
      }
      case '--data': {
        const value = takeValue();
        if (!value) return error('--data expects the path of a data/ folder');
        dataDir = value;
        break;
      }
      case '--':
        positional.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') return error(`unknown option "${arg}"`);
        positional.push(arg);
    }
  }

  const command = parseCommand(positional);
  if ('message' in command) return error(command.message);
  return { kind: 'run', options: { command, theme, color, plain, width, dataDir } };
}

function parseCommand(positional: string[]): Command | { message: string } {
  const [name, ...rest] = positional;
  switch (name) {
    case undefined:
      return { name: 'browse' };
    case 'articles':
      return rest.length === 0 ? { name: 'articles' } : { message: '"articles" takes no arguments' };
    case 'article':
      return rest.length === 1
        ? { name: 'article', slug: rest[0]! }
        : { message: 'usage: dispatch article <slug>' };
    case 'entity':
      return rest.length === 1
        ? { name: 'entity', id: rest[0]! }
        : { message: 'usage: dispatch entity <id>' };
    case 'query': {
      const query = rest.join(' ').trim();
      return query
        ? { name: 'query', query }
        : { message: "usage: dispatch query '<query>' (see dispatch --help)" };
    }
    default:
      return { message: `unknown command "${name}" (expected articles, article, entity or query)` };
  }
}
