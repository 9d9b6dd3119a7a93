/** Which slice of a long result to return. */
export interface PageOptions {
  /** Items to skip (default 0). */
  offset?: number;
  /** Most items to return (default: all for query functions, 20 for `runQuery`). */
  limit?: number;
}

export const pageBounds = (page: PageOptions = {}): { offset: number; end: number } => {
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const limit = page.limit === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(page.limit));
  return { offset, end: offset + limit };
};
