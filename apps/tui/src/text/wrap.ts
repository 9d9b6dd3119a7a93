// Word wrapping that works on ranges of the source string, so styled runs can be cut at the same places.

/** Terminal columns a string takes. News text is (nearly) all single-width; astral characters count once. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}

/**
 * Breaks `text` into lines of at most `width` columns, at spaces where possible. Returns `[start, end)`
 * ranges into `text`; the space a line breaks at belongs to no line. A word longer than a line is cut.
 */
export function wrapRanges(text: string, width: number): Array<[number, number]> {
  const limit = Math.max(1, width);
  const lines: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    // Skip the spaces a previous break left at the start of a line.
    while (start < text.length && text[start] === ' ' && lines.length > 0) start++;
    if (start >= text.length) break;
    if (displayWidth(text.slice(start)) <= limit) {
      lines.push([start, text.length]);
      break;
    }
    const hardEnd = advance(text, start, limit);
    const space = text.lastIndexOf(' ', hardEnd);
    if (space > start) {
      let end = space;
      while (end > start && text[end - 1] === ' ') end--;
      lines.push([start, end]);
      start = space + 1;
    } else {
      lines.push([start, hardEnd]);
      start = hardEnd;
    }
  }
  if (lines.length === 0) lines.push([0, 0]);
  return lines;
}

/** The index `columns` characters after `from` (not splitting surrogate pairs). */
function advance(text: string, from: number, columns: number): number {
  let index = from;
  for (let n = 0; n < columns && index < text.length; n++) {
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return index;
}

/** Wraps plain text, keeping its own line breaks, and indents every line by `indent`. */
export function wrapPlain(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    for (const [start, end] of wrapRanges(paragraph, width - displayWidth(indent))) {
      out.push(indent + paragraph.slice(start, end));
    }
  }
  return out;
}

/** Cuts `text` to `width` columns, ending in an ellipsis when it had to cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  if (width === 1) return '…';
  return `${text.slice(0, advance(text, 0, width - 1)).trimEnd()}…`;
}

/** Pads (or cuts) `text` to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}
