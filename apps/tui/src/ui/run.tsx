import { Box, render, Text, useApp as useInkApp, useInput, useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { RunOptions } from '../cli/args.js';
import { TabBar } from '../components/tab-bar.js';
import type { Library } from '../data/library.js';
import type { OpenedLibrary } from '../data/open-library.js';
import { type Theme, themeFor } from '../theme.js';
import { App } from './app.js';
import { openUrl } from './open-url.js';
import { entityRoute, type Route, readerRoute, type ViewId } from './routes.js';
import { enterFullScreen } from './terminal.js';

export interface Fatal {
  message: string;
  exitCode: number;
}

function startFor(options: RunOptions): { view: ViewId; routes?: Route[] } {
  const { command } = options;
  switch (command.name) {
    case 'article':
      return { view: 'articles', routes: [readerRoute(command.slug)] };
    case 'entity':
      return { view: 'entities', routes: [entityRoute(command.id)] };
    case 'query':
      return { view: 'search' };
    default:
      return { view: 'articles' };
  }
}

/** A command naming an article or entity the corpus lacks: said before the UI would show an empty page. */
function missingTarget(library: Library, options: RunOptions): string | null {
  const { command } = options;
  if (command.name === 'article' && !library.article(command.slug)) {
    return `no article "${command.slug}" (dispatch articles lists them)`;
  }
  if (command.name === 'entity' && !library.entity(command.id)) return `no entity "${command.id}"`;
  return null;
}

/**
 * Draws the frame at once, then loads the corpus: the UI appears while the data is still being read, and
 * replaces the loading line with the article list as soon as it is there. The list is the last compiled
 * corpus when there is one; a worker checks data/ meanwhile, and a changed corpus replaces it when compiled.
 */
function Root({
  load,
  options,
  theme,
  onFatal,
}: {
  load: () => Promise<OpenedLibrary>;
  options: RunOptions;
  theme: Theme;
  onFatal: (fatal: Fatal) => void;
}) {
  const { exit } = useInkApp();
  const { stdout } = useStdout();
  const [library, setLibrary] = useState<Library | null>(null);
  const [checking, setChecking] = useState(false);
  // q quits while the corpus is still loading, too.
  useInput(
    (input) => {
      if (input === 'q') exit();
    },
    { isActive: library === null },
  );
  useEffect(() => {
    let active = true;
    const fail = (fatal: Fatal) => {
      if (!active) return;
      onFatal(fatal);
      exit();
    };
    const failedToLoad = (error: unknown) =>
      fail({
        message: `could not load the corpus: ${error instanceof Error ? error.message : String(error)}`,
        exitCode: 1,
      });
    const show = (loaded: Library): boolean => {
      const missing = missingTarget(loaded, options);
      if (missing) fail({ message: missing, exitCode: 2 });
      else if (active) setLibrary(loaded);
      return !missing;
    };
    // A macrotask later, so the loading frame reaches the terminal before the synchronous load starts.
    const timer = setTimeout(async () => {
      try {
        const { library: last, update } = await load();
        if (!update) {
          if (last) show(last);
          return;
        }
        // Nothing compiled yet, or an article or entity asked for by name that may be new since the last
        // compile: wait for the check.
        const waitForCheck = last === null || missingTarget(last, options) !== null;
        if (last && !waitForCheck) {
          show(last);
          if (active) setChecking(true);
        }
        const fresh = await update;
        if (fresh) show(fresh);
        else if (last && waitForCheck) show(last);
        if (active) setChecking(false);
      } catch (error) {
        failedToLoad(error);
      }
    }, 0);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [exit, load, onFatal, options]);

  if (!library) {
    const width = stdout.columns || 80;
    return (
      <Box flexDirection="column" width={width} height={Math.max(1, (stdout.rows || 24) - 1)}>
        <TabBar current={startFor(options).view} width={width} theme={theme} />
        <Box paddingLeft={2} paddingTop={1}>
          <Text {...theme.muted}>Loading the corpus…</Text>
        </Box>
      </Box>
    );
  }
  return (
    <App
      library={library}
      notice={checking ? 'Checking data/ for changes…' : null}
      theme={theme}
      start={startFor(options)}
      openUrl={openUrl}
      initialQuery={options.command.name === 'query' ? options.command.query : null}
    />
  );
}

/** Runs the full-screen UI until the user quits; resolves to the exit code. */
export async function runUi(load: () => Promise<OpenedLibrary>, options: RunOptions): Promise<number> {
  const screen = enterFullScreen(process.stdout);
  let fatal: Fatal | null = null;
  try {
    const instance = render(
      <Root
        load={load}
        options={options}
        theme={themeFor(options.theme, options.color)}
        onFatal={(f) => {
          fatal = f;
        }}
      />,
      // Ink 6.8's incrementalRendering leaves stale and misplaced lines (seen in tmux), so whole frames are
      // redrawn; Ink wraps each in a synchronized-output block, which keeps supporting terminals flicker-free.
      { exitOnCtrlC: true, patchConsole: true, maxFps: 60 },
    );
    await instance.waitUntilExit();
    screen.restore();
    const failure = fatal as Fatal | null;
    if (failure) {
      process.stderr.write(`dispatch: ${failure.message}\n`);
      return failure.exitCode;
    }
    return 0;
  } catch (error) {
    screen.restore();
    process.stderr.write(
      `dispatch: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
