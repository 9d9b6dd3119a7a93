import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, renderApp } from '../../test/render-app.js';

afterEach(() => cleanup());

describe('App', () => {
  it('opens on the article list, newest first, inside an 80x24 frame', async () => {
    const app = renderApp();
    await app.press();
    const lines = app.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[0]).toContain('1 Articles');
    const text = app.frame();
    expect(text).toContain('Articles · 2');
    expect(text.indexOf('Lovelace and Babbage meet in Rome')).toBeLessThan(
      text.indexOf('Babbage speaks in London'),
    );
    expect(text).toContain('Sat 26 Apr 2025 · Rome · Ada Lovelace, Charles Babbage');
    expect(text).toContain('1/2');
  });

  it('opens the selected article with Enter and goes back with Esc', async () => {
    const app = renderApp();
    await app.press('j', KEYS.enter);
    expect(app.frame()).toContain('LONDON: Charles Babbage spoke in London on Monday');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('Articles · 2');
    expect(app.frame()).toContain('2/2');
  });

  it('reads an article: headline, dateline, subhead, legend', async () => {
    const app = renderApp();
    await app.press(KEYS.enter);
    const text = app.frame();
    expect(text).toContain('Lovelace and Babbage meet in Rome to plan the engine');
    expect(text).toContain('Rome · Sat 26 Apr 2025 · Agencies');
    expect(text).toContain('Engine plans');
    expect(text).toMatch(/person organisation place date .quote/);
    expect(text).toContain('¶ 1/4 · quote -/2');
  });

  it('jumps between quotes with n and N, wrapping round', async () => {
    const app = renderApp();
    await app.press(KEYS.enter, 'n');
    expect(app.frame()).toContain('Quote 1 of 2');
    expect(app.frame()).toContain('¶ 2/4 · quote 1/2');
    await app.press('n');
    expect(app.frame()).toContain('¶ 3/4 · quote 2/2');
    await app.press('n');
    expect(app.frame()).toContain('Back to the first quote. Quote 1 of 2');
    await app.press('N');
    expect(app.frame()).toContain('Round to the last quote. Quote 2 of 2');
  });

  it("lists the current paragraph's entities with e and opens one", async () => {
    const app = renderApp();
    await app.press(KEYS.enter, 'e');
    const text = app.frame();
    expect(text).toContain('Entities in this paragraph');
    // Rome is mentioned twice in the first paragraph, so it comes first
    expect(text.indexOf('Rome  place')).toBeGreaterThan(0);
    expect(text.indexOf('Rome  place')).toBeLessThan(text.indexOf('Ada Lovelace  person · Mathematician'));
    await app.press('j', KEYS.enter);
    expect(app.frame()).toContain('person · Mathematician');
    expect(app.frame()).toContain('Mentions · 2 in 1 article');
  });

  it('shows an entity: mentions in context, quotes and who appears with it', async () => {
    const app = renderApp({ rows: 40 });
    await app.press('4');
    expect(app.frame()).toContain('Entities · 5');
    expect(app.frame()).toContain('People');
    await app.press(KEYS.enter);
    const text = app.frame();
    expect(text).toContain('Charles Babbage');
    expect(text).toContain('Mentions · 3 in 2 articles');
    expect(text).toContain('“We will build it.”');
    expect(text).toContain('Appears with');
    expect(text).toMatch(/Ada Lovelace\s+person · 1 sentence together/);
  });

  it('filters quotes by speaker and channel', async () => {
    const app = renderApp();
    await app.press('2');
    expect(app.frame()).toContain('Quotes · 2');
    await app.press('s');
    expect(app.frame()).toContain('speaker Ada Lovelace');
    expect(app.frame()).toContain('Quotes · 1');
    await app.press('x', 'c');
    expect(app.frame()).toContain('channel X');
    expect(app.frame()).toContain('We will build it.');
    expect(app.frame()).not.toContain('The engine weaves');
  });

  it('opens a quote from the quotes view in the reader, on that quote', async () => {
    const app = renderApp();
    await app.press('2', KEYS.enter);
    expect(app.frame()).toContain('¶ 2/4 · quote 1/2');
    await app.press(KEYS.escape, 'j', KEYS.enter);
    expect(app.frame()).toContain('¶ 3/4 · quote 2/2');
  });

  it('shows the timeline earliest first', async () => {
    const app = renderApp();
    await app.press('3');
    const text = app.frame();
    expect(text).toContain('Timeline · 2');
    expect(text.indexOf('Mon 31 Mar 2025')).toBeLessThan(text.indexOf('Fri 25 Apr 2025'));
  });

  it('switches views with Tab and shows every key with ?', async () => {
    const app = renderApp({ rows: 60 });
    await app.press(KEYS.tab);
    expect(app.frame()).toContain('Quotes · 2');
    await app.press('?');
    expect(app.frame()).toContain('next quotation');
    expect(app.frame()).toContain('open the selected item in the browser');
    await app.press('?');
    expect(app.frame()).toContain('Quotes · 2');
  });

  it('says so when there is no link to open', async () => {
    const app = renderApp();
    await app.press('o');
    expect(app.frame()).toContain('No link for this item.');
  });

  it('fits a 60x15 terminal', async () => {
    const app = renderApp({ columns: 60, rows: 15 });
    await app.press(KEYS.enter);
    const lines = app.frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(14);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(app.frame()).toContain('Lovelace and Babbage meet in Rome');
  });
});

describe('keys arriving together', () => {
  it('handles each of several keys sent in one write, in order', async () => {
    const app = renderApp();
    await app.press(KEYS.enter);
    await app.press('nn');
    expect(app.frame()).toContain('quote 2/2');
    await app.press('gN');
    expect(app.frame()).toContain('quote 2/2');
  });
});
