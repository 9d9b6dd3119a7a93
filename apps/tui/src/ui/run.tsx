import { render } from 'ink';
import type { RunOptions } from '../cli/args.js';
import type { Library } from '../data/library.js';
import { themeFor } from '../theme.js';
import { App } from './app.js';
import { openUrl } from './open-url.js';
import { entityRoute, type Route, readerRoute, type ViewId } from './routes.js';
import { enterFullScreen } from './terminal.js';

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

/** Runs the full-screen UI until the user quits; resolves to the exit code. */
export async function runUi(library: Library, options: RunOptions): Promise<number> {
  const screen = enterFullScreen(process.stdout);
  const start = startFor(options);
  const initialQuery = options.command.name === 'query' ? options.command.query : null;
  try {
    const instance = render(
      <App
        library={library}
        theme={themeFor(options.theme, options.color)}
        start={start}
        openUrl={openUrl}
        initialQuery={initialQuery}
      />,
      { exitOnCtrlC: true, patchConsole: true, incrementalRendering: true, maxFps: 60 },
    );
    await instance.waitUntilExit();
    screen.restore();
    return 0;
  } catch (error) {
    screen.restore();
    process.stderr.write(
      `dispatch: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
