// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../../scripts/serve.mjs';
import { inlineScriptHashes, policyFor } from './csp.mjs';
import { stripFrameworkScripts } from './static-pages.mjs';

const PAGE = [
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script></head><body><p>Text</p>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script src="/notes.js" defer=""></script>',
  '<script>alert(1)</script><script id="_R_">self.__next_f.push([1])</script></body></html>',
].join('');

describe('inlineScriptHashes (csp.mjs)', () => {
  it('hashes executable inline scripts only, skipping external scripts and JSON-LD', () => {
    // Expected values from `printf %s '<script body>' | openssl dgst -sha256 -binary | base64`.
    expect(inlineScriptHashes(PAGE)).toEqual([
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      "'sha256-F8A7wEM/CBx+3vieKcubbMfWdgsy54B5PdWeRfp3zYU='",
    ]);
  });

  it('writes a policy with no unsafe source and the hashes on script-src', () => {
    const policy = policyFor(PAGE);
    expect(policy).toContain("script-src 'self' 'sha256-bhHHL3z2");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe');
  });
});

describe('stripFrameworkScripts (static-pages.mjs)', () => {
  it("removes Next's scripts and script preloads, keeping JSON-LD, our own files and the stylesheet", () => {
    const html = stripFrameworkScripts(PAGE);
    expect(html).not.toContain('/_next/static/chunks/c.js');
    expect(html).not.toContain('b.js');
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('__next_f');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(html).toContain('<script src="/notes.js" defer=""></script>');
    expect(html).toContain('a.css');
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('resolvePath (scripts/serve.mjs)', () => {
  const root = '/srv/site';
  it('maps directories with a trailing slash to their index.html', () => {
    expect(resolvePath(root, '/articles/x/')).toEqual({ file: '/srv/site/articles/x/index.html' });
    expect(resolvePath(root, '/')).toEqual({ file: '/srv/site/index.html' });
  });

  it('refuses paths that leave the site, encoded or not', () => {
    expect(resolvePath(root, '/../etc/passwd')).toBeNull();
    expect(resolvePath(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolvePath(root, '/%E0%A4%A')).toBeNull();
    expect(resolvePath(root, '/a%00b')).toBeNull();
  });
});
