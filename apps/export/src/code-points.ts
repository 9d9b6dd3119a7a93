/**
 * W3C TextPositionSelector offsets count Unicode code points, while Dispatch spans count JS string
 * (UTF-16) units: they differ after every astral character (emoji, rare CJK). This returns a function
 * converting a UTF-16 index of `text` into a code point index.
 */
export function codePointOffsets(text: string): (utf16Index: number) => number {
  // Most texts have no surrogates at all: then the two counts agree and no table is needed.
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  // before[i] = how many code points start before UTF-16 index i. A lone surrogate counts as one code
  // point, as it does for Array.from(text).
  const before = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = count;
    const unit = text.charCodeAt(i);
    const isLowAfterHigh =
      unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    if (!isLowAfterHigh) count++;
  }
  before[text.length] = count;
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index > text.length) {
      throw new RangeError(`offset ${index} lies outside the text (length ${text.length})`);
    }
    return before[index]!;
  };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** Moves a UTF-16 index off the middle of a surrogate pair (forward), so a slice never splits one. */
export function snapToCodePoint(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const isLow = unit >= 0xdc00 && unit <= 0xdfff;
  return isLow && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) ? index + 1 : index;
}
