/**
 * Folds a name for matching: diacritics dropped, case folded, punctuation turned into single spaces, so
 * "Zelenskyy", "ZELENSKYY" and "Zelénskyy" meet, and "Donald J. Trump" becomes "donald j trump".
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a name ("the Russian president" → ["the", "russian", "president"]). */
export function foldedWords(text: string): string[] {
  const folded = foldName(text);
  return folded ? folded.split(' ') : [];
}
