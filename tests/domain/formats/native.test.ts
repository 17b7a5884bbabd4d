// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/domain/formats/errors';
import { planImport } from '../../../src/domain/formats/import-plan';
import { exportNative } from '../../../src/domain/formats/native-export';
import { parseNative } from '../../../src/domain/formats/native-import';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import type { ExportInput } from '../../../src/domain/formats/types';
import {
  annotate,
  context,
  exportInput,
  makeArticle,
  makeDocument,
  makeTag,
  memo,
  importedMeta,
} from './fixtures';

let seed: ArticleWithText;
let doc: ArticleWithText;
let input: ExportInput;

beforeAll(async () => {
  seed = await makeArticle('000_seed', 'Lavrov met Kerry in Geneva. The talks were long.');
  doc = await makeArticle(
    '3b0f6a59-7a51-4c8e-9a43-1f7f5f0b9c11',
    'My own notes on the talks 😀 and more.',
    {
      ...importedMeta,
    },
  );
  const parent = makeTag('Framing', { description: 'How it is told', hotkey: 'f' });
  const child = makeTag('Blame', { parentId: parent.id, color: '#bbf7d0' });
  input = exportInput({
    articles: [seed, doc],
    tags: [parent, child],
    annotations: [
      annotate(seed, 'Lavrov met Kerry', { tagIds: [parent.id, child.id], note: 'A *note*' }),
      annotate(seed, 'talks were long', { color: '#bfdbfe', status: 'moved' }),
      annotate(doc, 'talks 😀', { updatedAt: '2025-02-05T00:00:00.000Z' }),
    ],
    memos: [memo(seed.id, 'Memo on the seed')],
    userArticles: [makeDocument(doc)],
  });
});

function fileWith(patch: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(exportNative(input)) as Record<string, unknown>;
  patch(file);
  return JSON.stringify(file);
}

function expectImportError(text: string, message: string | RegExp): ImportError {
  let caught: unknown;
  try {
    parseNative(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  expect((caught as ImportError).message).toMatch(message);
  return caught as ImportError;
}

describe('native export', () => {
  it('writes the documented envelope and says offsets are UTF-16', () => {
    const file = JSON.parse(exportNative(input)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'offsetUnit',
      'articles',
      'tags',
      'annotations',
      'memos',
      'documents',
      'coders',
      'overrides',
      'sets',
    ]);
    expect(file).toMatchObject({
      format: 'gloss',
      version: 2,
      exportedAt: '2025-03-04T05:06:07.000Z',
      offsetUnit: 'utf16',
    });
    expect(file.articles).toEqual([
      { id: seed.id, title: seed.title, textHash: seed.textHash },
      { id: doc.id, title: doc.title, textHash: doc.textHash },
    ]);
  });

  it('round-trips into an empty database: the plan adds exactly the original records', () => {
    const bundle = parseNative(exportNative(input));
    const plan = planImport(bundle, context([seed]));
    expect(plan.add).toEqual({
      annotations: input.annotations,
      tags: input.tags,
      memos: input.memos,
      documents: input.userArticles,
      overrides: [],
      sets: [],
    });
    expect(plan.skip).toEqual([]);
    expect(plan.counts).toEqual({ add: 7, change: 0, remove: 0, skip: 0, unchanged: 0 });
  });

  it('exports only the records it is given (a filtered export)', () => {
    const subset = {
      ...input,
      annotations: input.annotations.slice(0, 1),
      memos: [],
      userArticles: [],
    };
    const bundle = parseNative(exportNative(subset));
    expect(bundle.annotations).toEqual(input.annotations.slice(0, 1));
    expect(bundle.documents).toEqual([]);
  });

  it('leaves out properties that are not part of the model', () => {
    const withExtra = { ...input.annotations[0]!, renderedHtml: '<b>x</b>' };
    const text = exportNative({ ...input, annotations: [withExtra] });
    expect(text).not.toContain('renderedHtml');
    expect(parseNative(text).annotations).toEqual([input.annotations[0]]);
  });
});

describe('native import rejects bad files precisely', () => {
  it('reports a truncated file as incomplete JSON', () => {
    const text = exportNative(input);
    expectImportError(text.slice(0, text.length / 2), /not valid JSON \(is it complete\?\)/);
  });

  it('rejects another format and another version', () => {
    expectImportError(
      fileWith((f) => (f.format = 'hypothesis')),
      'This is not a Gloss backup: "format" must be "gloss".',
    );
    expectImportError('[]', /not a Gloss backup/);
    expectImportError(
      fileWith((f) => (f.version = 3)),
      'This Gloss backup has version 3; this app reads versions 1 to 2.',
    );
    expectImportError(
      fileWith((f) => delete f.version),
      /version missing/,
    );
  });

  it('names the record and field of reversed offsets', () => {
    const error = expectImportError(
      fileWith((f) => {
        const ranges = (
          f.annotations as Array<{ ranges: Array<{ start: number; end: number }> }>
        )[1]!.ranges;
        ranges[0]!.start = 20;
        ranges[0]!.end = 5;
      }),
      'annotation 1: ranges[0].end must be greater than start',
    );
    expect(error.location).toBe('annotations[1].ranges[0].end');
  });

  it('rejects negative and fractional offsets', () => {
    expectImportError(
      fileWith(
        (f) =>
          ((f.annotations as Array<{ ranges: Array<{ start: number }> }>)[0]!.ranges[0]!.start =
            -1),
      ),
      'annotation 0: ranges[0].start must not be negative',
    );
    expectImportError(
      fileWith(
        (f) =>
          ((f.annotations as Array<{ ranges: Array<{ end: number }> }>)[2]!.ranges[0]!.end = 7.5),
      ),
      'annotation 2: ranges[0].end must be a whole number',
    );
  });

  it('rejects tag ids that are not strings and tags whose name is not a string', () => {
    expectImportError(
      fileWith((f) => ((f.annotations as Array<{ tagIds: unknown[] }>)[0]!.tagIds = [42])),
      'annotation 0: tagIds[0] must be a UUID',
    );
    expectImportError(
      fileWith((f) => ((f.tags as Array<{ name: unknown }>)[1]!.name = ['Blame'])),
      /^tag 1: name: /,
    );
  });

  it('rejects invalid dates', () => {
    expectImportError(
      fileWith(
        (f) =>
          ((f.annotations as Array<{ createdAt: string }>)[2]!.createdAt =
            '2025-02-30T10:00:00.000Z'),
      ),
      'annotation 2: createdAt must be an ISO 8601 date-time ending in Z',
    );
    expectImportError(
      fileWith((f) => ((f.memos as Array<{ updatedAt: string }>)[0]!.updatedAt = 'yesterday')),
      'memo 0: updatedAt must be an ISO 8601 date-time ending in Z',
    );
    expectImportError(
      fileWith((f) => (f.exportedAt = 'now')),
      /^The backup is malformed: exportedAt must be/,
    );
  });

  it('rejects unknown keys, including __proto__ and constructor, and pollutes nothing', () => {
    const text = exportNative(input)
      .replace('"format": "gloss",', '"format": "gloss", "__proto__": {"polluted": "yes"},')
      .replace(
        '"note": "A *note*",',
        '"note": "A *note*", "constructor": {"prototype": {"polluted": "yes"}},',
      );
    expectImportError(text, 'The backup is malformed: Unrecognized key: "__proto__"');
    const inRecord = text.replace('"__proto__": {"polluted": "yes"},', '');
    expectImportError(inRecord, 'annotation 0: Unrecognized key: "constructor"');
    const asProto = fileWith(
      (f) => ((f.tags as unknown[])[0] = JSON.parse('{"__proto__": {"polluted": "yes"}}')),
    );
    expectImportError(asProto, /^tag 0: /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts files written before memos and documents existed', () => {
    const bundle = parseNative(
      fileWith((f) => {
        delete f.memos;
        delete f.documents;
        delete f.offsetUnit;
      }),
    );
    expect(bundle.memos).toEqual([]);
    expect(bundle.documents).toEqual([]);
    expect(bundle.annotations).toHaveLength(3);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseNative(`\uFEFF${exportNative(input)}`).tags).toEqual(input.tags);
  });
});
