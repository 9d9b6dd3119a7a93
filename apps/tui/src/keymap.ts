// Every key the TUI answers to, in one table: the input handler reads it and the help screen lists it.
import type { Key } from 'ink';

export type Action =
  | 'down'
  | 'up'
  | 'top'
  | 'bottom'
  | 'pageDown'
  | 'pageUp'
  | 'halfPageDown'
  | 'halfPageUp'
  | 'open'
  | 'back'
  | 'nextView'
  | 'prevView'
  | 'view1'
  | 'view2'
  | 'view3'
  | 'view4'
  | 'view5'
  | 'search'
  | 'help'
  | 'quit'
  | 'nextQuote'
  | 'prevQuote'
  | 'paragraphEntities'
  | 'openUrl'
  | 'filterSpeaker'
  | 'filterChannel'
  | 'clearFilter';

export interface Binding {
  action: Action;
  /** How the help screen shows the keys. */
  keys: string;
  description: string;
  /** Where the binding applies, for the help screen. */
  scope: 'everywhere' | 'lists' | 'reader' | 'quotes';
}

export const BINDINGS: readonly Binding[] = [
  { action: 'down', keys: 'j ↓', description: 'next item / scroll down', scope: 'everywhere' },
  { action: 'up', keys: 'k ↑', description: 'previous item / scroll up', scope: 'everywhere' },
  { action: 'top', keys: 'g Home', description: 'first item / top', scope: 'everywhere' },
  { action: 'bottom', keys: 'G End', description: 'last item / bottom', scope: 'everywhere' },
  { action: 'pageDown', keys: 'PgDn Space ^F', description: 'page down', scope: 'everywhere' },
  { action: 'pageUp', keys: 'PgUp ^B', description: 'page up', scope: 'everywhere' },
  { action: 'halfPageDown', keys: '^D', description: 'half a page down', scope: 'everywhere' },
  { action: 'halfPageUp', keys: '^U', description: 'half a page up', scope: 'everywhere' },
  { action: 'open', keys: 'Enter l →', description: 'open the selected item', scope: 'everywhere' },
  { action: 'back', keys: 'Esc Bksp h ←', description: 'go back', scope: 'everywhere' },
  { action: 'nextView', keys: 'Tab', description: 'next view', scope: 'everywhere' },
  { action: 'prevView', keys: 'Shift-Tab', description: 'previous view', scope: 'everywhere' },
  { action: 'view1', keys: '1', description: 'articles', scope: 'everywhere' },
  { action: 'view2', keys: '2', description: 'quotes', scope: 'everywhere' },
  { action: 'view3', keys: '3', description: 'timeline', scope: 'everywhere' },
  { action: 'view4', keys: '4', description: 'entities', scope: 'everywhere' },
  { action: 'view5', keys: '5', description: 'search', scope: 'everywhere' },
  { action: 'search', keys: '/', description: 'search with the query language', scope: 'everywhere' },
  { action: 'openUrl', keys: 'o', description: 'open the selected item in the browser', scope: 'everywhere' },
  { action: 'help', keys: '?', description: 'show or hide this help', scope: 'everywhere' },
  { action: 'quit', keys: 'q ^C', description: 'quit', scope: 'everywhere' },
  { action: 'nextQuote', keys: 'n', description: 'next quotation', scope: 'reader' },
  { action: 'prevQuote', keys: 'N', description: 'previous quotation', scope: 'reader' },
  {
    action: 'paragraphEntities',
    keys: 'e',
    description: "the current paragraph's entities",
    scope: 'reader',
  },
  { action: 'filterSpeaker', keys: 's', description: 'filter by the next speaker', scope: 'quotes' },
  { action: 'filterChannel', keys: 'c', description: 'filter by the next channel', scope: 'quotes' },
  { action: 'clearFilter', keys: 'x', description: 'clear the filters', scope: 'quotes' },
];

const CHAR_ACTIONS: Record<string, Action> = {
  j: 'down',
  k: 'up',
  g: 'top',
  G: 'bottom',
  ' ': 'pageDown',
  l: 'open',
  h: 'back',
  '1': 'view1',
  '2': 'view2',
  '3': 'view3',
  '4': 'view4',
  '5': 'view5',
  '/': 'search',
  '?': 'help',
  q: 'quit',
  n: 'nextQuote',
  N: 'prevQuote',
  e: 'paragraphEntities',
  o: 'openUrl',
  s: 'filterSpeaker',
  c: 'filterChannel',
  x: 'clearFilter',
};

const CTRL_ACTIONS: Record<string, Action> = {
  f: 'pageDown',
  b: 'pageUp',
  d: 'halfPageDown',
  u: 'halfPageUp',
};

/** The action a key press means in normal (not text-entry) mode, or null. */
export function actionFor(input: string, key: Key): Action | null {
  if (key.downArrow) return 'down';
  if (key.upArrow) return 'up';
  if (key.pageDown) return 'pageDown';
  if (key.pageUp) return 'pageUp';
  if (key.home) return 'top';
  if (key.end) return 'bottom';
  if (key.return || key.rightArrow) return 'open';
  if (key.escape || key.backspace || key.delete || key.leftArrow) return 'back';
  if (key.tab) return key.shift ? 'prevView' : 'nextView';
  if (key.ctrl) return CTRL_ACTIONS[input] ?? (input === 'c' ? 'quit' : null);
  if (key.meta) return null;
  return CHAR_ACTIONS[input] ?? null;
}

/** True when the key is a plain character to type into a text field. */
export function isTypedText(input: string, key: Key): boolean {
  return (
    input.length > 0 &&
    !key.ctrl &&
    !key.meta &&
    !key.return &&
    !key.escape &&
    !key.tab &&
    !key.backspace &&
    !key.delete &&
    ![...input].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
  );
}
