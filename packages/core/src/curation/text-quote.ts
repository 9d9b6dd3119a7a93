import type { Span } from '../schema/span.js';
import type { TextQuoteSelector } from './curation-file.js';

export type Resolution = { ok: true; span: Span } | { ok: false; problem: string };

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Finds the one place in `text` a TextQuoteSelector points at. The words must occur with the given
 * prefix right before and suffix right after, and in exactly one place: otherwise the answer says why
 * not, so an entry never silently lands on the wrong words.
 */
export function resolveTextQuote(text: string, selector: TextQuoteSelector): Resolution {
  const { exact, prefix = '', suffix = '' } = selector;
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (text.slice(at - prefix.length, at) === prefix && text.startsWith(suffix, at + exact.length)) {
      if (at >= prefix.length) found.push(at);
    }
  }
  if (found.length === 1) return { ok: true, span: { start: found[0]!, end: found[0]! + exact.length } };
  const context = [prefix && `prefix ${show(prefix)}`, suffix && `suffix ${show(suffix)}`].filter(Boolean);
  const withContext = context.length > 0 ? ` with ${context.join(' and ')}` : '';
  if (found.length === 0) {
    const bare = text.includes(exact);
    return {
      ok: false,
      problem: bare
        ? `the words ${show(exact)} are in the text, but not${withContext}`
        : `the words ${show(exact)} are not in the text`,
    };
  }
  return {
    ok: false,
    problem: `the words ${show(exact)}${withContext} occur ${found.length} times in the text; add a prefix or suffix so they point at one place`,
  };
}
