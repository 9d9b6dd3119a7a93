import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from './json-error-offset.js';

describe('jsonErrorOffset', () => {
  it('returns null for valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '"s"', '0']) {
      expect(jsonErrorOffset(text), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at the first character that breaks the grammar', () => {
    const text = '{\n  "entities": [,]\n}';
    expect(jsonErrorOffset(text)).toBe(text.indexOf(','));
    expect(lineAndColumn(text, text.indexOf(','))).toEqual({ line: 2, column: 16 });
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": "open')).toBe(11);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });
});
