import { describe, expect, it } from 'vitest';
import { displayPath } from './display-path.js';

describe('displayPath', () => {
  it('shows a path inside the working directory relative to it', () => {
    expect(displayPath('/repo/data/entities.yaml', '/repo')).toBe('data/entities.yaml');
  });

  it('shows a path outside the working directory in full', () => {
    expect(displayPath('/tmp/corpus/articles', '/repo/apps/export')).toBe('/tmp/corpus/articles');
  });

  it('resolves a relative path against the working directory', () => {
    expect(displayPath('../other/meta.yaml', '/repo/apps')).toBe('/repo/other/meta.yaml');
    expect(displayPath('/repo', '/repo')).toBe('.');
  });
});
