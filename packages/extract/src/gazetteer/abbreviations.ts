import { wordSet } from './word-set.js';

/** Titles written with a full stop before a name ("Mr. King", "Sen. Warren", "Del. Plaskett"). */
export const TITLE_ABBREVIATIONS = wordSet(
  'mr mrs ms dr st jr sr gen sen rep del gov lt col sgt capt maj adm mt ft prof rev messrs cmdr supt insp det atty',
);

/** Words whose full stop never ends a sentence: titles, and "No. 3", "vs.", "etc." in running text. */
export const NON_FINAL_ABBREVIATIONS = wordSet(
  [...TITLE_ABBREVIATIONS].join(' '),
  'no vs etc approx est dept univ ave blvd fig op ch pp vol',
);

/** Words that keep their full stop as part of the word: titles, and company suffixes ("Acme Inc."). */
export const DOTTED_WORDS = wordSet([...TITLE_ABBREVIATIONS].join(' '), 'no vs inc corp co ltd bros');
