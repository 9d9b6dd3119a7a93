import type { QueryError } from './query-schema.js';

/** One token of a query text, with where it sits in the input. */
export type Token =
  | { type: 'word'; text: string; start: number; end: number; quoted: boolean }
  | {
      type: 'field';
      field: string;
      value: string;
      start: number;
      end: number;
      /** Where the field name ends and the value starts (after any opening quote). */
      fieldEnd: number;
      valueStart: number;
    };

const SPACE = /\s/;

/**
 * Splits a query into words, quoted phrases and `field:value` pairs (`field:"two words"`). Never throws:
 * an unterminated quote is reported as an error pointing at it.
 */
export function tokenize(input: string): { tokens: Token[] } | { error: QueryError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    const start = i;
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close < 0) return { error: { message: 'unterminated quote', start, end: input.length } };
      tokens.push({ type: 'word', text: input.slice(i + 1, close), start, end: close + 1, quoted: true });
      i = close + 1;
      continue;
    }
    while (i < input.length && !SPACE.test(input[i]!) && input[i] !== ':' && input[i] !== '"') i++;
    if (input[i] === ':') {
      const field = input.slice(start, i);
      const fieldEnd = i;
      i++;
      if (input[i] === '"') {
        const close = input.indexOf('"', i + 1);
        if (close < 0) return { error: { message: 'unterminated quote', start: i, end: input.length } };
        tokens.push({
          type: 'field',
          field,
          value: input.slice(i + 1, close),
          start,
          end: close + 1,
          fieldEnd,
          valueStart: i + 1,
        });
        i = close + 1;
        continue;
      }
      const valueStart = i;
      while (i < input.length && !SPACE.test(input[i]!) && input[i] !== '"') i++;
      tokens.push({
        type: 'field',
        field,
        value: input.slice(valueStart, i),
        start,
        end: i,
        fieldEnd,
        valueStart,
      });
      continue;
    }
    if (i === start) {
      // A stray quote glued to a word ('abc"def'): treat the quote as the start of the next token.
      i++;
      continue;
    }
    tokens.push({ type: 'word', text: input.slice(start, i), start, end: i, quoted: false });
  }
  return { tokens };
}
