import { describe, expect, it } from 'vitest';
import { ArticleMetaSchema } from '../schema/article.js';
import { KnowledgeBaseSchema } from '../schema/entity.js';
import { DataFileError } from './data-file-error.js';
import { parseDataFile } from './parse-data-file.js';

const catchError = (fn: () => unknown): DataFileError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('expected a DataFileError');
};

describe('parseDataFile', () => {
  it('parses valid YAML and applies defaults', () => {
    const meta = parseDataFile('headline: A story\nfiled: 2025-04-26\n', 'meta.yaml', ArticleMetaSchema);
    expect(meta).toEqual({ headline: 'A story', filed: '2025-04-26', language: 'en' });
  });

  it('names the file, the line and the field of a wrongly typed value', () => {
    const source = 'headline: A story\nfiled: 26 April 2025\ncredit: Agencies\n';
    const error = catchError(() => parseDataFile(source, 'data/articles/a/meta.yaml', ArticleMetaSchema));
    expect(error.file).toBe('data/articles/a/meta.yaml');
    expect(error.line).toBe(2);
    expect(error.field).toBe('filed');
    expect(error.message).toMatch(/^data\/articles\/a\/meta\.yaml:2: filed: /);
  });

  it('points into nested lists', () => {
    const source = [
      'entities:',
      '  - id: a',
      '    kind: PERSON',
      '    name: A',
      '  - id: b',
      '    kind: PLANET',
      '    name: B',
    ].join('\n');
    const error = catchError(() => parseDataFile(source, 'entities.yaml', KnowledgeBaseSchema));
    expect(error.line).toBe(6);
    expect(error.field).toBe('entities[1].kind');
    expect(error.problem).toMatch(/PERSON/);
  });

  it('reports a missing field at its parent', () => {
    const error = catchError(() => parseDataFile('\n\nfiled: 2025-04-26\n', 'meta.yaml', ArticleMetaSchema));
    expect(error.field).toBe('headline');
    expect(error.problem).toBe('missing; expected string');
  });

  it('reports broken syntax with its line, for JSON too', () => {
    // a missing comma between the two members on lines 2 and 3
    const source = '{\n  "headline": "A"\n  "filed": "2025-04-26"\n}';
    const error = catchError(() => parseDataFile(source, 'meta.json', ArticleMetaSchema));
    expect(error.line).toBe(3);
    expect(error.problem).toMatch(/^not valid YAML\/JSON/);
  });

  it('refuses duplicate entity ids', () => {
    const source = 'entities:\n  - {id: a, kind: LOC, name: A}\n  - {id: a, kind: LOC, name: B}\n';
    const error = catchError(() => parseDataFile(source, 'entities.yaml', KnowledgeBaseSchema));
    expect(error.line).toBe(3);
    expect(error.problem).toContain('duplicate entity id "a"');
  });
});
