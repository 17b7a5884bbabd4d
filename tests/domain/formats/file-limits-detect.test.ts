// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/domain/formats/detect';
import { ImportError } from '../../../src/domain/formats/errors';
import { exportFileName } from '../../../src/domain/formats/file-name';
import {
  checkImportSize,
  formatMegabytes,
  MAX_IMPORT_BYTES,
} from '../../../src/domain/formats/limits';
import { exportNative } from '../../../src/domain/formats/native-export';
import { exportW3C } from '../../../src/domain/formats/w3c-export';
import { exportInput } from './fixtures';

describe('export file names', () => {
  const date = new Date(2025, 2, 4, 12, 0, 0);
  it.each([
    ['native', 'gloss-native-2025-03-04.json'],
    ['w3c', 'gloss-w3c-2025-03-04.jsonld'],
    ['doccano', 'gloss-doccano-2025-03-04.jsonl'],
    ['csv', 'gloss-csv-2025-03-04.csv'],
    ['markdown', 'gloss-markdown-2025-03-04.md'],
  ] as const)('names a %s export %s', (kind, name) => {
    expect(exportFileName(kind, date)).toBe(name);
  });

  it('names other downloads with the given extension, keeping the kind file-safe', () => {
    expect(exportFileName('Tag counts / outlet', date, 'csv')).toBe(
      'gloss-tag-counts-outlet-2025-03-04.csv',
    );
  });
});

describe('import size limit', () => {
  it('accepts 20 MB and rejects more, saying how large the file is', () => {
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.toThrow();
    expect(() => checkImportSize(23_400_000)).toThrow(
      new ImportError('The file is 23.4 MB; imports are limited to 20 MB.'),
    );
    expect(formatMegabytes(MAX_IMPORT_BYTES + 1)).toBe('20.1 MB');
  });
});

describe('detectFormat', () => {
  const input = exportInput({ articles: [] });
  it('recognises native, W3C and doccano files', () => {
    expect(detectFormat(exportNative(input))).toBe('native');
    expect(detectFormat(`\uFEFF${exportNative(input)}`)).toBe('native');
    expect(detectFormat(exportW3C(input))).toBe('w3c');
    expect(detectFormat('[{"type": "Annotation", "target": "urn:x:1"}]')).toBe('w3c');
    expect(detectFormat('{"text": "a", "label": []}\n{"text": "b", "label": []}\n')).toBe(
      'doccano',
    );
    expect(detectFormat('{"text": "a", "label": []}')).toBe('doccano');
  });

  it('recognises a truncated native file by its opening, so the parser can say where it breaks', () => {
    const text = exportNative(input);
    expect(detectFormat(text.slice(0, 60))).toBe('native');
  });

  it('explains what it cannot read', () => {
    expect(() => detectFormat('')).toThrow('The file is empty.');
    expect(() => detectFormat('id,quote\n1,x')).toThrow(
      /not a Gloss backup \(native JSON\), W3C Web Annotation JSON-LD, a Hypothesis export or doccano JSONL: it does not start with JSON/,
    );
    expect(() => detectFormat('{"hello": "world"}')).toThrow(ImportError);
    expect(() => detectFormat('{"hello": ')).toThrow(/not valid JSON/);
  });
});
