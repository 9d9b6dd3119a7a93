// Where the user is: one stack of routes per view. A route holds everything its screen needs to come
// back exactly as it was left (selection, scroll position, filters).

export type ViewId = 'articles' | 'quotes' | 'timeline' | 'entities' | 'search';

export const VIEWS: ReadonlyArray<{ id: ViewId; label: string; key: string }> = [
  { id: 'articles', label: 'Articles', key: '1' },
  { id: 'quotes', label: 'Quotes', key: '2' },
  { id: 'timeline', label: 'Timeline', key: '3' },
  { id: 'entities', label: 'Entities', key: '4' },
  { id: 'search', label: 'Search', key: '5' },
];

/** A selection in a list and the first line shown. */
export interface ListPosition {
  cursor: number;
  top: number;
}

export const START: ListPosition = { cursor: 0, top: 0 };

export type Route =
  | ({ screen: 'articles' } & ListPosition)
  | ({ screen: 'entities' } & ListPosition)
  | ({ screen: 'timeline' } & ListPosition)
  | ({ screen: 'quotes'; speakerId: string | null; channel: string | null } & ListPosition)
  | ({ screen: 'entity'; entityId: string } & ListPosition)
  | ({ screen: 'search'; text: string; editing: boolean } & ListPosition)
  | {
      screen: 'reader';
      articleId: string;
      /** Index of the current paragraph in the layout. */
      paragraph: number;
      /** First line shown. */
      top: number;
      /** Index of the current quotation in reading order, after n/N. */
      quote: number | null;
      /** A character offset to bring into view when the reader opens (a mention, a quote, a date). */
      focus: number | null;
      /** The open entity panel (`e`), with its selection. */
      panel: { cursor: number } | null;
    };

export type RouteOf<S extends Route['screen']> = Extract<Route, { screen: S }>;

export const rootRoute = (view: ViewId): Route => {
  switch (view) {
    case 'quotes':
      return { screen: 'quotes', speakerId: null, channel: null, ...START };
    case 'search':
      return { screen: 'search', text: '', editing: true, ...START };
    default:
      return { screen: view, ...START };
  }
};

export const readerRoute = (articleId: string, focus: number | null = null): RouteOf<'reader'> => ({
  screen: 'reader',
  articleId,
  paragraph: 0,
  top: 0,
  quote: null,
  focus,
  panel: null,
});

export const entityRoute = (entityId: string): RouteOf<'entity'> => ({
  screen: 'entity',
  entityId,
  ...START,
});
