/**
 * `word.toLowerCase()`, without the call when the word is already lower-case ASCII (most words are):
 * words sliced from a text with any curly quote are two-byte strings, and V8 lower-cases those in its
 * runtime, slowly (about 140 ns a word here).
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}
