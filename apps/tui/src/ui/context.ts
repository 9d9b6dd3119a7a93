import type { Key } from 'ink';
import { createContext, useContext, useEffect } from 'react';
import type { Library } from '../data/library.js';
import type { Action } from '../keymap.js';
import type { Theme } from '../theme.js';
import type { Route } from './routes.js';

export interface KeyPress {
  /** The action the key means in normal mode (null for keys with no binding). */
  action: Action | null;
  input: string;
  key: Key;
}

/** Returns true when the screen used the key, so the app does not act on it too. */
export type KeyHandler = (press: KeyPress) => boolean;

export interface Navigator {
  push(route: Route): void;
  back(): void;
  /** Changes the current route; `change` receives the latest one, so fast key repeats compose. */
  update<R extends Route>(change: (route: R) => Partial<R>): void;
  /** Opens a URL in the browser, or says why it cannot. */
  openUrl(url: string | null | undefined): void;
  /** Shows a short message in the status bar. */
  say(message: string): void;
}

export interface AppContextValue {
  library: Library;
  theme: Theme;
  nav: Navigator;
  /** The current screen registers its key handler here. */
  keyHandler: { current: KeyHandler | null };
  /** A message for the status bar (an error, or why a key did nothing), until the next key. */
  message: string | null;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <App>');
  return value;
}

/** Makes `handler` the one that sees key presses first while this screen is shown. */
export function useScreenKeys(handler: KeyHandler): void {
  const { keyHandler } = useApp();
  keyHandler.current = handler;
  useEffect(
    () => () => {
      if (keyHandler.current === handler) keyHandler.current = null;
    },
    [keyHandler, handler],
  );
}
