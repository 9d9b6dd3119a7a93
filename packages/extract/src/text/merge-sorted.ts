/**
 * `[...first, ...second].sort(compare)`, in linear time when each list is already in order, as the lists
 * of one pass's findings are. Ties keep `first`'s items ahead, as the stable sort does; lists that are
 * not in order are sorted after all, so the result never depends on that.
 */
export function mergeSorted<T>(
  first: readonly T[],
  second: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  if (!isSorted(first, compare) || !isSorted(second, compare)) return [...first, ...second].sort(compare);
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    if (compare(second[j]!, first[i]!) < 0) merged.push(second[j++]!);
    else merged.push(first[i++]!);
  }
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let k = 1; k < list.length; k++) if (compare(list[k - 1]!, list[k]!) > 0) return false;
  return true;
}
