/**
 * `word.toLowerCase()`, without the call when the word is already lower-case ASCII (most words are):
 * words sliced from a text with any curly quote are two-byte strings, and V8 lower-cases those in its
 * runtime, slowly (about 140 ns a word here).
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return remembered(word);
  }
  return word;
}

// Capitalised words repeat within a story and across stories: a look-up costs a fraction of the call.
const lowered = new Map<string, string>();
const REMEMBERED = 50_000;

function remembered(word: string): string {
  let lower = lowered.get(word);
  if (lower === undefined) {
    if (lowered.size >= REMEMBERED) lowered.clear();
    lower = word.toLowerCase();
    lowered.set(word, lower);
  }
  return lower;
}
