import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, sitePaths } from './browser';

const baseUrl = inject('baseUrl');
const SLUG = 'putin-witkoff-talks';
const articleText = readFileSync(
  resolve(import.meta.dirname, `../../../data/articles/${SLUG}/article.txt`),
  'utf8',
);

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records Content-Security-Policy violations and script errors while it lives. */
async function open(path: string, on: BrowserContext = context): Promise<{ page: Page; problems: string[] }> {
  const page = await on.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  return { page, problems };
}

/** The reading text of an element: its text without the hover notes. */
const readingText = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const clone = element.cloneNode(true) as HTMLElement;
      for (const note of clone.querySelectorAll('.note')) note.remove();
      return clone.textContent ?? '';
    }),
  );

describe('the reader', () => {
  it('opens a story from the home page and shows its subheads and paragraphs verbatim', async () => {
    const { page, problems } = await open('/');
    await page.click(`a[href="/articles/${SLUG}/"]`);
    await page.waitForURL(`**/articles/${SLUG}/`);
    expect(await page.textContent('h1')).toMatch(/Putin tells Witkoff/);
    const subheads = await readingText(page, '.article-body h2');
    expect(subheads).toEqual(['Trump, Zelensky discuss Ukraine ceasefire', 'Blame game']);
    // Every body line of the file is one paragraph or subhead on the page, word for word.
    const paragraphs = await readingText(page, '.article-body p');
    const lines = articleText.split('\n').filter((line) => line.trim() && !subheads.includes(line));
    expect(paragraphs).toEqual(lines);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows a highlighted person to an entity page with mentions in context and quotes', async () => {
    const { page } = await open(`/articles/${SLUG}/`);
    const peskov = page.locator('.article-body a.mark-person[href="/entities/dmitry-peskov/"]').first();
    expect(await peskov.textContent()).toBe('Dmitry Peskov');
    await peskov.click();
    await page.waitForURL('**/entities/dmitry-peskov/');
    expect(await page.textContent('h1')).toBe('Dmitry Peskov');
    const contexts = await page.$$eval(
      '#mentions ~ * .context-link, section[aria-labelledby="mentions"] li a',
      (links) => links.map((a) => a.textContent),
    );
    expect(contexts.some((text) => text?.includes('Kremlin spokesman Dmitry Peskov said'))).toBe(true);
    const quotes = await page.$$eval('section[aria-labelledby="quotes"] blockquote', (q) =>
      q.map((b) => b.textContent),
    );
    expect(quotes.some((text) => text?.includes('Russia is ready to resume negotiations with Ukraine'))).toBe(
      true,
    );
    await page.close();
  });

  it('opens a quote deep link scrolled to and highlighting the quote', async () => {
    const { page: reader } = await open(`/articles/${SLUG}/`);
    const href = await reader.getAttribute('.article-aside a.quote-link', 'href');
    expect(href).toMatch(/^#q-\d+-\d+$/);
    await reader.close();
    const { page } = await open(`/articles/${SLUG}/${href}`);
    const target = page.locator(href!);
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    const background = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(background).toBe('solid');
    await page.close();
  });

  it('shows what a date means and who said a quote on keyboard focus', async () => {
    const { page } = await open(`/articles/${SLUG}/`);
    const friday = page.locator('.article-body time.mark-time', { hasText: /^Friday/ }).first();
    await friday.focus();
    const note = friday.locator('.note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Friday → Fri 25 Apr 2025');
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
    await page.close();
  });

  it('works from the keyboard: the skip link comes first and moves focus to the content', async () => {
    const { page } = await open(`/articles/${SLUG}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // The next Tab lands inside the story, not back in the site navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await page.close();
  });

  it('reads fully without JavaScript, and the highlight switches still work', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(`/articles/${SLUG}/`, noScript);
    expect(await page.locator('.article-body a.mark-person').count()).toBeGreaterThan(10);
    const person = page.locator('.article-body a.mark-person').first();
    const underline = () => person.evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(await underline()).toBe('underline');
    await page.uncheck('#show-person');
    expect(await underline()).toBe('none');
    await noScript.close();
  });
});

describe('every page', () => {
  it('has no axe violations, no CSP violations and no script errors', async () => {
    const paths = sitePaths();
    expect(paths).toContain(`/articles/${SLUG}/`);
    expect(paths.length).toBeGreaterThan(8);
    const failures: string[] = [];
    for (const path of paths) {
      const { page, problems } = await open(path);
      for (const violation of await axeViolations(page)) {
        failures.push(
          `${path}: ${violation.id} (${violation.help}) at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      }
      for (const problem of problems) failures.push(`${path}: ${problem}`);
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
