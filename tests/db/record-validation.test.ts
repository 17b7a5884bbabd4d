import { describe, expect, it } from 'vitest';
import type { z } from '../../src/domain/validation/zod';
import {
  AnnotationSchema,
  DocumentRecordSchema,
  TagSchema,
  TextRangeSchema,
  firstIssue,
  type FieldIssue,
} from '../../src/domain/validation';
import type { DocumentRecord, Tag } from '../../src/domain/model';
import { makeAnnotation, range } from './helpers';

/** The first problem the schema finds, or null when the value is valid. */
function problem(schema: z.ZodType, value: unknown): FieldIssue | null {
  const result = schema.safeParse(value);
  return result.success ? null : firstIssue(result.error);
}

const tag: Tag = {
  id: crypto.randomUUID(),
  name: 'Blame',
  nameKey: 'blame',
  color: '#fde68a',
  description: '',
  hotkey: 'b',
  parentId: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('stored records are validated', () => {
  it('accepts a well-formed annotation', () => {
    expect(problem(AnnotationSchema, makeAnnotation())).toBeNull();
  });

  it('rejects ranges that are empty, backwards, negative or fractional', () => {
    expect(problem(TextRangeSchema, range(5, 5, 'x'))?.path).toBe('end');
    expect(problem(TextRangeSchema, range(9, 3, 'x'))?.path).toBe('end');
    expect(problem(TextRangeSchema, { ...range(0, 3), start: -1 })?.path).toBe('start');
    expect(problem(TextRangeSchema, { ...range(0, 3), end: 2.5 })?.path).toBe('end');
    expect(problem(TextRangeSchema, range(0, 3, ''))?.path).toBe('exact');
  });

  it('rejects an annotation without ranges, with a bad id, hash, colour or date', () => {
    expect(problem(AnnotationSchema, makeAnnotation({ ranges: [] }))?.path).toBe('ranges');
    expect(problem(AnnotationSchema, makeAnnotation({ id: '1234' }))?.path).toBe('id');
    expect(problem(AnnotationSchema, makeAnnotation({ textHash: 'ABC' }))?.path).toBe('textHash');
    expect(problem(AnnotationSchema, makeAnnotation({ color: 'yellow' }))?.path).toBe('color');
    expect(
      problem(AnnotationSchema, makeAnnotation({ updatedAt: '2025-01-01T00:00:00+02:00' }))?.path,
    ).toBe('updatedAt');
    expect(problem(AnnotationSchema, makeAnnotation({ createdAt: '2025-01-01' }))?.path).toBe(
      'createdAt',
    );
  });

  it('rejects a repeated tag and a note over 100,000 characters', () => {
    const id = crypto.randomUUID();
    expect(problem(AnnotationSchema, makeAnnotation({ tagIds: [id, id] }))?.path).toBe('tagIds');
    expect(problem(AnnotationSchema, makeAnnotation({ note: 'x'.repeat(100_000) }))).toBeNull();
    expect(problem(AnnotationSchema, makeAnnotation({ note: 'x'.repeat(100_001) }))?.path).toBe(
      'note',
    );
  });

  it('rejects unknown fields, which could smuggle data past the model', () => {
    expect(problem(AnnotationSchema, { ...makeAnnotation(), extra: 1 })?.message).toMatch(/extra/);
    expect(problem(TextRangeSchema, { ...range(0, 3), offsetUnit: 'utf16' })).not.toBeNull();
  });

  it('accepts a well-formed tag, derives its name key, and rejects a self-parent', () => {
    expect(problem(TagSchema, tag)).toBeNull();
    expect(TagSchema.parse({ ...tag, nameKey: 'Blame' }).nameKey).toBe(tag.nameKey);
    expect(problem(TagSchema, { ...tag, parentId: tag.id })?.path).toBe('parentId');
    expect(problem(TagSchema, { ...tag, hotkey: 'bb' })?.path).toBe('hotkey');
    expect(problem(TagSchema, { ...tag, name: '   ' })?.path).toBe('name');
  });

  it('accepts a user document', () => {
    const article: DocumentRecord = {
      id: crypto.randomUUID(),
      file: 'notes.txt',
      title: 'Notes',
      source: null,
      language: 'fr',
      date: '2016-02-12',
      byline: null,
      wordCount: 1,
      byteLength: 6,
      sha256: '0'.repeat(64),
      text: 'Notes\n',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    expect(problem(DocumentRecordSchema, article)).toBeNull();
    expect(problem(DocumentRecordSchema, { ...article, date: '12/02/2016' })?.path).toBe('date');
  });
});
