/** Builds a lookup set from a space-separated word list, lower-cased, so lists stay compact and readable. */
export const wordSet = (...lists: string[]): ReadonlySet<string> =>
  new Set(lists.flatMap((list) => list.toLowerCase().split(/\s+/).filter(Boolean)));
