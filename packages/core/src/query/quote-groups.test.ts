import { describe, expect, it } from 'vitest';
import type { Quote } from '../schema/quote.js';
import { FIXTURE_QUOTE } from '../testing/fixtures.js';
import { groupQuotesBySpeaker } from './quote-groups.js';

const described: Quote = {
  ...FIXTURE_QUOTE,
  id: 'q-described',
  speaker: { entityId: null, name: 'an aide', span: null, form: 'described' },
};
const anonymous: Quote = { ...FIXTURE_QUOTE, id: 'q-nobody', speaker: null };

describe('groupQuotesBySpeaker', () => {
  it('groups by entity or description, most quoted first and the unattributed last', () => {
    const quotes = [anonymous, FIXTURE_QUOTE, described, { ...FIXTURE_QUOTE, id: 'q-2' }];
    const groups = groupQuotesBySpeaker(quotes.map((quote) => ({ quote })));
    expect(groups.map((g) => [g.key, g.name, g.quotes.map((r) => r.quote.id)])).toEqual([
      ['ada-lovelace', 'Ada Lovelace', [FIXTURE_QUOTE.id, 'q-2']],
      ['described:an aide', 'an aide', ['q-described']],
      ['unattributed', 'Unattributed', ['q-nobody']],
    ]);
  });
});
