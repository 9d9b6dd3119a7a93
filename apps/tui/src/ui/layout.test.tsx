import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureLibrary, LONDON_TALK } from '../../test/fixtures.js';
import { KEYS, renderApp } from '../../test/render-app.js';
import { themeFor } from '../theme.js';
import { App } from './app.js';

afterEach(() => cleanup());

const widest = (frame: string) => Math.max(...frame.split('\n').map((line) => line.length));

describe('layout', () => {
  it('re-lays the reader out when the terminal is resized', async () => {
    const library = fixtureLibrary();
    const theme = themeFor('default', false);
    const app = renderApp({ library, columns: 100, rows: 24 });
    await app.press(KEYS.enter);
    expect(app.frame()).toContain(
      'ROME: Ada Lovelace met Charles Babbage in Rome on Friday to talk about engines that think.',
    );
    app.rerender(<App library={library} theme={theme} size={{ columns: 60, rows: 15 }} />);
    await app.press();
    const narrow = app.frame();
    expect(widest(narrow)).toBeLessThanOrEqual(60);
    expect(narrow.split('\n').length).toBeLessThanOrEqual(14);
    expect(narrow).toContain('ROME: Ada Lovelace met Charles Babbage in Rome on Friday');
    expect(narrow).not.toContain('Friday to talk about engines that think.');
  });

  it('keeps the selection in view in a long list', async () => {
    // 20 two-line articles in an 11-line list
    const articles = Array.from({ length: 20 }, (_, i) => ({
      ...LONDON_TALK,
      id: `talk-${String(i + 1).padStart(2, '0')}`,
      headline: `Talk number ${i + 1}`,
    }));
    const app = renderApp({ columns: 60, rows: 15, library: fixtureLibrary(articles) });
    await app.press();
    expect(app.frame()).toContain('Talk number 1\n');
    await app.press('G');
    expect(app.frame()).toContain('20/20');
    expect(app.frame()).toMatch(/▌ Talk number 20/);
    expect(app.frame()).not.toContain('Talk number 1\n');
    await app.press('g', 'j', 'j', 'j', 'j', 'j', 'j');
    // the seventh article needs the list scrolled by at least two lines; the selection stays on screen
    expect(app.frame()).toContain('7/20');
    expect(app.frame()).toMatch(/▌ Talk number 7/);
  });

  it('asks for a bigger window instead of drawing a broken frame', async () => {
    const app = renderApp({ columns: 30, rows: 6 });
    await app.press();
    expect(app.frame()).toContain('Please enlarge the terminal');
  });
});

describe('themes', () => {
  it('marks kinds without colour in the monochrome theme, as NO_COLOR asks', () => {
    const mono = themeFor('high-contrast', false);
    const styles = [...Object.values(mono.entity), mono.time, mono.quote, mono.selection, mono.accent];
    for (const style of styles) {
      expect(style.color).toBeUndefined();
      expect(style.backgroundColor).toBeUndefined();
    }
    // people, organisations and places still look different from each other
    const looks = Object.values(mono.entity).map((style) => JSON.stringify(style));
    expect(new Set(looks).size).toBe(3);
  });

  it('uses bright colours and no dimmed text in the high-contrast theme', () => {
    const high = themeFor('high-contrast', true);
    expect(high.entity.PERSON.color).toBe('cyanBright');
    expect(high.muted.dimColor).toBeUndefined();
    expect(themeFor('default', true).muted.dimColor).toBe(true);
  });
});
