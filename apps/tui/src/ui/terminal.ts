// The terminal's screen and cursor, taken over for the UI and given back on every way out: a normal quit,
// Ctrl-C, a signal, or a crash.

const ENTER = '\u001b[?1049h\u001b[H\u001b[?25l'; // alternate screen, cursor home, hide cursor
const LEAVE = '\u001b[?25h\u001b[?1049l'; // show cursor, back to the main screen

export interface FullScreen {
  /** Idempotent: safe to call from several exit paths. */
  restore(): void;
}

export function enterFullScreen(stdout: NodeJS.WriteStream = process.stdout): FullScreen {
  let active = true;
  const restore = () => {
    if (!active) return;
    active = false;
    try {
      stdout.write(LEAVE);
    } catch {
      // The terminal is gone (hang-up); nothing left to restore.
    }
    process.off('exit', restore);
  };
  stdout.write(ENTER);
  process.on('exit', restore);
  const onSignal = (code: number) => {
    restore();
    process.exit(128 + code);
  };
  process.once('SIGTERM', () => onSignal(15));
  process.once('SIGHUP', () => onSignal(1));
  // In raw mode Ctrl-C arrives as a key (Ink handles it); this covers `kill -INT`.
  process.once('SIGINT', () => onSignal(2));
  const onCrash = (error: unknown) => {
    restore();
    process.stderr.write(
      `dispatch: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  };
  process.once('uncaughtException', onCrash);
  process.once('unhandledRejection', onCrash);
  return { restore };
}
