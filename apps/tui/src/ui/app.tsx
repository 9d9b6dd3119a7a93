import { Box, type Key, Text, useApp as useInkApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { TabBar } from '../components/tab-bar.js';
import type { Library } from '../data/library.js';
import { actionFor, isTypedText } from '../keymap.js';
import { ArticleListScreen } from '../screens/article-list-screen.js';
import { EntityListScreen } from '../screens/entity-list-screen.js';
import { EntityScreen } from '../screens/entity-screen.js';
import { HelpScreen } from '../screens/help-screen.js';
import { QuotesScreen } from '../screens/quotes-screen.js';
import { ReaderScreen } from '../screens/reader-screen.js';
import { SearchScreen } from '../screens/search-screen.js';
import { TimelineScreen } from '../screens/timeline-screen.js';
import type { Theme } from '../theme.js';
import { AppContext, type AppContextValue, type KeyHandler, type Navigator } from './context.js';
import { type Route, rootRoute, VIEWS, type ViewId } from './routes.js';

export interface AppProps {
  library: Library;
  theme: Theme;
  /** The view to start in and the routes to open on top of its root. */
  start?: { view: ViewId; routes?: Route[] };
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  size?: { columns: number; rows: number };
  /** Opens a URL; resolves to an error message when it could not. */
  openUrl?: (url: string) => Promise<string | null>;
  /** A query to open the search view with (`dispatch query '…'` on a terminal). */
  initialQuery?: string | null;
  /** What the app is doing in the background (checking data/), shown when there is no message. */
  notice?: string | null;
}

/** The Key of a plain character: no modifier, no special key. */
const PLAIN_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

interface State {
  view: ViewId;
  stacks: Record<ViewId, Route[]>;
  help: boolean;
  message: string | null;
}

function initialState(start: AppProps['start'], initialQuery: string | null): State {
  const stacks = Object.fromEntries(VIEWS.map((v) => [v.id, [rootRoute(v.id)]])) as Record<ViewId, Route[]>;
  if (initialQuery)
    stacks.search = [{ screen: 'search', text: initialQuery, editing: false, cursor: 0, top: 0 }];
  const view = start?.view ?? 'articles';
  if (start?.routes?.length) stacks[view] = [...stacks[view], ...start.routes];
  return { view, stacks, help: false, message: null };
}

// Ink redraws the whole screen when a frame is as tall as the terminal; one line less lets it update in place.
const usableRows = (rows: number) => Math.max(1, rows - 1);

function useTerminalSize(fixed: AppProps['size']): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = useCallback(
    () => fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 },
    [fixed, stdout],
  );
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [fixed, read, stdout]);
  return fixed ?? size;
}

export function App({ library, theme, start, size, openUrl, initialQuery = null, notice = null }: AppProps) {
  const { exit } = useInkApp();
  const [state, setState] = useState(() => initialState(start, initialQuery));
  const [helpTop, setHelpTop] = useState(0);
  const keyHandler = useRef<KeyHandler | null>(null);
  const { columns, rows } = useTerminalSize(size);
  const width = columns;
  const height = usableRows(rows);

  const nav = useMemo<Navigator>(
    () => ({
      push: (route) =>
        setState((s) => ({ ...s, stacks: { ...s.stacks, [s.view]: [...s.stacks[s.view], route] } })),
      back: () =>
        setState((s) => {
          const stack = s.stacks[s.view];
          if (stack.length <= 1) return s;
          return { ...s, stacks: { ...s.stacks, [s.view]: stack.slice(0, -1) } };
        }),
      update: (change) =>
        setState((s) => {
          const stack = s.stacks[s.view];
          const top = stack[stack.length - 1]!;
          const next = { ...top, ...change(top as never) } as Route;
          return { ...s, stacks: { ...s.stacks, [s.view]: [...stack.slice(0, -1), next] } };
        }),
      openUrl: (url) => {
        if (!url) {
          setState((s) => ({ ...s, message: 'No link for this item.' }));
          return;
        }
        setState((s) => ({ ...s, message: `Opening ${url}` }));
        void (openUrl ?? (async () => 'Opening links is not available here.'))(url).then((problem) => {
          if (problem) setState((s) => ({ ...s, message: problem }));
        });
      },
      say: (message) => setState((s) => ({ ...s, message })),
    }),
    [openUrl],
  );

  const switchView = (view: ViewId) => setState((s) => ({ ...s, view, help: false }));
  const stepView = (step: 1 | -1) =>
    setState((s) => {
      const at = VIEWS.findIndex((v) => v.id === s.view);
      return { ...s, view: VIEWS[(at + step + VIEWS.length) % VIEWS.length]!.id, help: false };
    });

  const handleKey = (input: string, key: Key) => {
    const action = actionFor(input, key);
    if (state.message) setState((s) => ({ ...s, message: null }));
    if (state.help) {
      if (action === 'quit') exit();
      else if (action === 'help' || action === 'back') setState((s) => ({ ...s, help: false }));
      else if (action === 'down' || action === 'pageDown')
        setHelpTop((t) => t + (action === 'down' ? 1 : height - 3));
      else if (action === 'up' || action === 'pageUp')
        setHelpTop((t) => Math.max(0, t - (action === 'up' ? 1 : height - 3)));
      else if (action === 'top') setHelpTop(0);
      return;
    }
    if (keyHandler.current?.({ action, input, key })) return;
    switch (action) {
      case 'quit':
        exit();
        return;
      case 'help':
        setHelpTop(0);
        setState((s) => ({ ...s, help: true }));
        return;
      case 'back':
        nav.back();
        return;
      case 'nextView':
        stepView(1);
        return;
      case 'prevView':
        stepView(-1);
        return;
      case 'search':
        setState((s) => {
          const stack = s.stacks.search;
          const root = stack[0]!;
          // `/` always lands in the query field, with the last query kept.
          const editing = root.screen === 'search' ? { ...root, editing: true } : root;
          return { ...s, view: 'search', help: false, stacks: { ...s.stacks, search: [editing] } };
        });
        return;
      case 'openUrl':
        nav.openUrl(null);
        return;
      default:
        if (action?.startsWith('view')) switchView(VIEWS[Number(action.slice(4)) - 1]!.id);
    }
  };

  // Keys typed faster than a frame (key repeat, `nn`, a paste) arrive together, and their handlers would
  // all see the same, stale screen. So keys wait in a queue and are handled one per frame, each acting on
  // the screen the previous one left.
  const queued = useRef<Array<{ input: string; key: Key }>>([]);
  const [queueTick, setQueueTick] = useState(0);
  useInput((input, key) => {
    if ([...input].length > 1 && isTypedText(input, key)) {
      for (const char of input) queued.current.push({ input: char, key: PLAIN_KEY });
    } else queued.current.push({ input, key });
    setQueueTick((t) => t + 1);
  });
  // Runs once per queued key (queueTick changes), handling the oldest.
  useEffect(() => {
    const next = queued.current.shift();
    if (next === undefined) return;
    handleKey(next.input, next.key);
    if (queued.current.length > 0) setQueueTick((t) => t + 1);
  }, [queueTick]);

  const context: AppContextValue = {
    library,
    theme,
    nav,
    keyHandler,
    message: state.message ?? notice,
  };
  const stack = state.stacks[state.view];
  const route = stack[stack.length - 1]!;
  const bodyHeight = Math.max(1, height - 1);

  if (width < 40 || height < 8) {
    return (
      <Box width={width} height={height}>
        <Text>
          Please enlarge the terminal (at least 60×15). {width}×{rows}
        </Text>
      </Box>
    );
  }

  return (
    <AppContext.Provider value={context}>
      <Box flexDirection="column" width={width} height={height}>
        <TabBar current={state.view} width={width} theme={theme} />
        {state.help ? (
          <HelpScreen width={width} height={bodyHeight} top={helpTop} />
        ) : (
          <Screen route={route} width={width} height={bodyHeight} />
        )}
      </Box>
    </AppContext.Provider>
  );
}

function Screen({ route, width, height }: { route: Route; width: number; height: number }) {
  switch (route.screen) {
    case 'articles':
      return <ArticleListScreen route={route} width={width} height={height} />;
    case 'reader':
      return <ReaderScreen key={route.articleId} route={route} width={width} height={height} />;
    case 'entity':
      return <EntityScreen key={route.entityId} route={route} width={width} height={height} />;
    case 'entities':
      return <EntityListScreen route={route} width={width} height={height} />;
    case 'quotes':
      return <QuotesScreen route={route} width={width} height={height} />;
    case 'timeline':
      return <TimelineScreen route={route} width={width} height={height} />;
    case 'search':
      return <SearchScreen route={route} width={width} height={height} />;
  }
}
