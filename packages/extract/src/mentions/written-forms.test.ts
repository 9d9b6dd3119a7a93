import { describe, expect, it } from 'vitest';
import { isInitialAt, markLineCase } from '../text/positions.js';
import { tokenize } from '../text/tokens.js';
import { WrittenForms } from './written-forms.js';

const formsOf = (text: string): WrittenForms => {
  const tokens = tokenize(text);
  const initial = tokens.map((t) => t.cap && isInitialAt(text, t.start));
  return new WrittenForms(tokens, initial, markLineCase(text, tokens), ['of']);
};

describe('WrittenForms', () => {
  const text =
    'Labour won. The party said labour laws would change, and Bank of England staff agreed. Said it.';

  it('knows which capitalised words and linkers are also written in lower case', () => {
    const forms = formsOf(text);
    expect(forms.inLowerCase('labour')).toBe(true);
    expect(forms.inLowerCase('of')).toBe(true);
    expect(forms.inLowerCase('said')).toBe(true);
    expect(forms.inLowerCase('bank')).toBe(false);
    expect(forms.inLowerCase('england')).toBe(false);
  });

  it('knows which words are capitalised mid-sentence, not only by position', () => {
    const forms = formsOf(text);
    expect(forms.capitalisedMidSentence('bank')).toBe(true);
    expect(forms.capitalisedMidSentence('england')).toBe(true);
    expect(forms.capitalisedMidSentence('labour')).toBe(false); // only at the start of the text
    expect(forms.capitalisedMidSentence('said')).toBe(false); // only after a full stop
    expect(forms.capitalisedMidSentence('the')).toBe(false);
  });
});
