import { z } from './zod';
import { MAX_TAG_DESCRIPTION_LENGTH, hotkeyProblem, tagNameKey, tagNameProblem } from '../codebook';
import type { Annotation, ArticleMemo, DocumentRecord, Tag, TextRange } from '../model';
import { MAX_CODER_NAME_LENGTH, normalizeCoderName, type Coder } from '../coders/coder';

/** Longest annotation note, in UTF-16 code units. */
export const MAX_NOTE_LENGTH = 100_000;
/** Longest article id (seed ids are file stems, user ids are uuids). */
export const MAX_ARTICLE_ID_LENGTH = 200;

/** ISO 8601 date-time in UTC, ending in Z (what Date#toISOString writes). */
export const IsoDateTimeSchema = z.iso.datetime({
  error: 'must be an ISO 8601 date-time ending in Z',
});
export const UuidSchema = z.uuid({ error: 'must be a UUID' });
export const HexColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #rrggbb');
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256');
export const ArticleIdSchema = z.string().min(1, 'must not be empty').max(MAX_ARTICLE_ID_LENGTH);
export const AnchorStatusSchema = z.enum(['exact', 'moved', 'fuzzy', 'orphan']);

/** A coder id: the fixed local and consensus ids, or a UUID for an imported coder. */
export const CoderIdSchema = z.string().min(1, 'must not be empty').max(MAX_ARTICLE_ID_LENGTH);

const offset = z.number().int('must be a whole number').nonnegative('must not be negative');

export const TextRangeSchema = z
  .strictObject({
    start: offset,
    end: offset,
    exact: z.string().min(1, 'must not be empty'),
    prefix: z.string(),
    suffix: z.string(),
  })
  .refine((range) => range.start < range.end, {
    error: 'must be greater than start',
    path: ['end'],
  });

export const AnnotationSchema = z.strictObject({
  id: UuidSchema,
  articleId: ArticleIdSchema,
  textHash: Sha256Schema,
  ranges: z.array(TextRangeSchema).min(1, 'must hold at least one range'),
  tagIds: z
    .array(UuidSchema)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat a tag' }),
  note: z.string().max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`),
  color: HexColorSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  status: AnchorStatusSchema,
  creator: z.string().max(200, 'must be at most 200 characters').optional(),
  coderId: CoderIdSchema,
});

export const TagSchema = z
  .strictObject({
    id: UuidSchema,
    // The rules the codebook form applies, word for word, so an import cannot bring in a name
    // or hotkey the form would refuse.
    name: z.string().superRefine((name, ctx) => {
      const problem = tagNameProblem(name);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    }),
    nameKey: z.string(),
    color: HexColorSchema,
    description: z.string().max(MAX_TAG_DESCRIPTION_LENGTH),
    hotkey: z
      .string()
      .superRefine((key, ctx) => {
        const problem = hotkeyProblem(key) ?? (key === '' ? 'must be a single character' : null);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
      })
      .nullable(),
    parentId: UuidSchema.nullable(),
    createdAt: IsoDateTimeSchema,
  })
  .refine((tag) => tag.parentId !== tag.id, {
    error: 'a tag cannot be its own parent',
    path: ['parentId'],
  })
  // The key is derived, never taken on trust: older backups hold keys made by an older rule.
  .transform((tag) => ({ ...tag, nameKey: tagNameKey(tag.name) }));

export const DocumentRecordSchema = z.strictObject({
  id: ArticleIdSchema,
  file: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  language: z.string().min(1),
  date: z.iso.date().nullable(),
  byline: z.string().nullable(),
  wordCount: offset,
  byteLength: offset,
  sha256: Sha256Schema,
  text: z.string(),
  createdAt: IsoDateTimeSchema,
  url: z.string().max(2000, 'must be at most 2000 characters').optional(),
  metadata: z
    .array(z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(10_000) }))
    .max(100, 'must hold at most 100 entries')
    .optional(),
});

// Compile-time proof that the schemas and src/domain/model.ts describe the same records.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchModel: [
  Same<z.infer<typeof TextRangeSchema>, TextRange>,
  Same<z.infer<typeof AnnotationSchema>, Annotation>,
  Same<z.infer<typeof TagSchema>, Tag>,
  Same<z.infer<typeof DocumentRecordSchema>, DocumentRecord>,
] = [true, true, true, true];
void schemasMatchModel;

/** Longest article memo, in UTF-16 code units. */
export const MAX_MEMO_LENGTH = 100_000;

export const ArticleMemoSchema = z.strictObject({
  articleId: ArticleIdSchema,
  text: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_MEMO_LENGTH, `must be at most ${MAX_MEMO_LENGTH} characters`),
  updatedAt: IsoDateTimeSchema,
});

const memoSchemaMatchesModel: Same<z.infer<typeof ArticleMemoSchema>, ArticleMemo> = true;
void memoSchemaMatchesModel;

export const CoderSchema = z.strictObject({
  id: CoderIdSchema,
  name: z
    .string()
    .refine((name) => normalizeCoderName(name) !== '', { error: 'must not be empty' })
    .refine((name) => Array.from(name).length <= MAX_CODER_NAME_LENGTH, {
      error: `must be at most ${MAX_CODER_NAME_LENGTH} characters`,
    }),
  origin: z.enum(['local', 'imported', 'consensus']),
  createdAt: IsoDateTimeSchema,
  color: HexColorSchema.exactOptional(),
});

const coderSchemaMatchesModel: Same<z.infer<typeof CoderSchema>, Coder> = true;
void coderSchemaMatchesModel;
