import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, renderApp } from '../../test/render-app.js';

afterEach(() => cleanup());

describe('search view', () => {
  it('shows the query syntax until something is typed', async () => {
    const app = renderApp({ rows: 30 });
    await app.press('/');
    expect(app.frame()).toContain('Type a query');
    expect(app.frame()).toContain('Query syntax');
  });

  it('updates the results as the query is typed, then opens one in the reader', async () => {
    const app = renderApp();
    await app.press('/', ...'quotes');
    expect(app.frame()).toContain('2 quotes');
    await app.press(...' speaker:babbage');
    expect(app.frame()).toContain('1 quotes');
    expect(app.frame()).toContain('“We will build it.”');
    expect(app.frame()).not.toContain('The engine weaves');
    // Enter leaves the field for the results; Enter again opens the quote where it was said
    await app.press(KEYS.enter, KEYS.enter);
    expect(app.frame()).toContain('¶ 3/4 · quote 2/2');
  });

  it('types q and digits into the field instead of quitting or switching views', async () => {
    const app = renderApp();
    await app.press('/', ...'quotes limit:1');
    expect(app.frame()).toContain('/ quotes limit:1');
    expect(app.frame()).toContain('2 quotes, showing 1');
  });

  it('points at the part of a query it cannot parse', async () => {
    const app = renderApp();
    await app.press('/', ...'quotes speakr:x');
    expect(app.frame()).toMatch(/\^{6} unknown field 'speakr'/);
    await app.press(
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
      KEYS.backspace,
    );
    expect(app.frame()).toContain('/ quotes');
    expect(app.frame()).toContain('2 quotes');
  });

  it('opens on the query given on the command line', async () => {
    const app = renderApp({ start: { view: 'search' }, initialQuery: 'entities kind:place' });
    await app.press();
    expect(app.frame()).toContain('2 entities');
    expect(app.frame()).toContain('Rome');
    expect(app.frame()).toContain('London');
  });
});
