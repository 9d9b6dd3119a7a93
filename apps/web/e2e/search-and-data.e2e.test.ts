import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const resultTexts = (page: Page) =>
  page.$$eval('.result-list > li', (items) => items.map((li) => li.textContent ?? ''));

describe('search', () => {
  it('runs the query in ?q= against the prebuilt index and links each result to its words', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/search/?q=quotes%20speaker%3Atrump', baseUrl).href);
    await page.waitForSelector('.result-list > li');
    const results = await resultTexts(page);
    // The story attributes five quotations to Trump (read off the text by hand).
    expect(results).toHaveLength(5);
    expect(results.every((text) => text.includes('Donald Trump'))).toBe(true);
    expect(results[0]).toContain('There was no reason for Putin to be shooting missiles');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.result-list > li a');
    await page.waitForURL(/\/articles\/putin-witkoff-talks\/#q-\d+-\d+$/);
    const hash = new URL(page.url()).hash;
    expect(await page.locator(hash).evaluate((element) => element.matches(':target'))).toBe(true);
    await page.close();
  });

  it('searches as you type and keeps the query in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/search/', baseUrl).href);
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.startsWith('Type'),
    );
    await page.fill('#q', 'search ceasefire');
    await page.waitForSelector('.result-list > li');
    expect((await resultTexts(page)).some((text) => /ceasefire/i.test(text))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=search%20ceasefire');
    await page.fill('#q', 'quotes speaker:');
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.startsWith('Not a query'),
    );
    await page.close();
  });
});

describe('data page and server', () => {
  it('links export files that exist and parse', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/data/', baseUrl).href);
    const hrefs = await page.$$eval('.file-list a', (links) => links.map((a) => a.getAttribute('href')!));
    for (const folder of ['json', 'ndjson', 'schema', 'jsonld', 'ninjs']) {
      expect(hrefs.some((href) => href.startsWith(`/data/${folder}/`))).toBe(true);
    }
    const corpus = await (await fetch(new URL('/data/json/corpus.json', baseUrl))).json();
    expect(corpus.articles[0].id).toBe('putin-witkoff-talks');
    await page.close();
  });

  it('serves strict security headers, redirects to trailing slashes and answers 404 with the site page', async () => {
    // The reader has no inline script at all; the search page allows exactly the hashes of Next's.
    const article = await fetch(new URL('/articles/putin-witkoff-talks/', baseUrl));
    const articlePolicy = article.headers.get('content-security-policy') ?? '';
    expect(articlePolicy).toMatch(/script-src 'self'(;|$)/);
    expect(articlePolicy).toContain("frame-ancestors 'none'");
    expect(article.headers.get('x-content-type-options')).toBe('nosniff');
    const search = await fetch(new URL('/search/', baseUrl));
    const searchPolicy = search.headers.get('content-security-policy') ?? '';
    expect(searchPolicy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    expect(`${articlePolicy} ${searchPolicy}`).not.toContain('unsafe');
    const redirect = await fetch(new URL('/quotes', baseUrl), { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/quotes/');
    const missing = await fetch(new URL('/no-such-page/', baseUrl));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const traversal = await fetch(new URL('/..%2f..%2fpackage.json', baseUrl));
    expect(traversal.status).toBe(404);
  });
});

describe('quotes page', () => {
  it('filters by speaker and channel instantly, keeping the choice in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/quotes/?channel=Truth%20Social', baseUrl).href);
    await page.waitForSelector('#quote-filter:not([hidden])');
    const visible = () =>
      page.$$eval('#quote-groups li[data-speaker]:not([hidden])', (items) =>
        items.map((li) => `${(li as HTMLElement).dataset.speaker}|${(li as HTMLElement).dataset.channel}`),
      );
    const onTruthSocial = await visible();
    // Trump posted three of his quotes on Truth Social (read off the text by hand).
    expect(onTruthSocial).toEqual([
      'donald-trump|Truth Social',
      'donald-trump|Truth Social',
      'donald-trump|Truth Social',
    ]);
    await page.selectOption('#quote-filter select[name="channel"]', '');
    await page.selectOption('#quote-filter select[name="speaker"]', 'volodymyr-zelensky');
    const zelensky = await visible();
    expect(zelensky.length).toBeGreaterThan(0);
    expect(zelensky.every((row) => row.startsWith('volodymyr-zelensky|'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?speaker=volodymyr-zelensky');
    expect(await page.textContent('#quote-filter output')).toMatch(
      new RegExp(`^${zelensky.length} of \\d+ quotes$`),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
