import { z } from '../validation/zod';
import {
  AnnotationSchema,
  ArticleMemoSchema,
  CoderIdSchema,
  CoderSchema,
  ArticleIdSchema,
  IsoDateTimeSchema,
  Sha256Schema,
  DocumentRecordSchema,
  TagSchema,
  firstIssue,
} from '../validation';
import { ArticleSetSchema, MetadataOverrideSchema } from '../validation/article-schemas';
import { LOCAL_CODER_ID } from '../coders/coder';
import { ImportError } from './errors';
import { isJsonObject, own, parseJson } from './json';
import { NATIVE_FORMAT, NATIVE_VERSION, NATIVE_VERSIONS_READ } from './native-export';
import { describeFieldIssue, recordLabel } from './records';
import type { ImportBundle, RecordKind } from './types';
import { recordsChecked } from './import-progress';

const ArticleRefSchema = z.strictObject({
  id: ArticleIdSchema,
  title: z.string(),
  textHash: Sha256Schema,
});

const records = z.array(z.unknown(), { error: 'must be a list' });

const EnvelopeV1Schema = z.strictObject({
  format: z.literal(NATIVE_FORMAT),
  version: z.literal(1),
  exportedAt: IsoDateTimeSchema,
  offsetUnit: z.literal('utf16', { error: 'must be "utf16"' }).optional(),
  articles: records,
  tags: records,
  annotations: records,
  // Files written before memos and documents existed (docs/architecture.md "Formats") lack them.
  memos: records.optional(),
  documents: records.optional(),
  /** Records a backup carried raw because they were damaged; never imported. */
  damaged: z.array(z.unknown()).optional(),
  // Coders arrived with schema version 3; older files have none (every annotation is local).
  coders: records.optional(),
});

// Version 2 carries what version 1 lost: metadata edits of bundled articles and named sets.
const EnvelopeV2Schema = EnvelopeV1Schema.extend({
  version: z.literal(2),
  overrides: records.optional(),
  sets: records.optional(),
});

const ENVELOPES = { 1: EnvelopeV1Schema, 2: EnvelopeV2Schema } as const;

// Annotations of files written before coders existed belong to the local coder.
const FileAnnotationSchema = AnnotationSchema.extend({
  coderId: CoderIdSchema.default(LOCAL_CODER_ID),
});

function checkFormatAndVersion(value: unknown): keyof typeof ENVELOPES {
  if (!isJsonObject(value) || own(value, 'format') !== NATIVE_FORMAT) {
    throw new ImportError('This is not a Gloss backup: "format" must be "gloss".', 'format');
  }
  const version = own(value, 'version');
  if (typeof version !== 'number' || !NATIVE_VERSIONS_READ.includes(version)) {
    const shown = JSON.stringify(version) ?? 'missing';
    throw new ImportError(
      `This Gloss backup has version ${shown}; this app reads versions 1 to ${NATIVE_VERSION}.`,
      'version',
    );
  }
  return version as keyof typeof ENVELOPES;
}

function parseRecords<T>(
  values: readonly unknown[],
  schema: z.ZodType<T>,
  kind: RecordKind | 'article' | 'coder',
  listName: string,
): T[] {
  return values.map((value, index) => {
    if (index % 256 === 0) recordsChecked(index, values.length);
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = firstIssue(result.error);
    const record = `${listName}[${index}]`;
    throw new ImportError(
      `${recordLabel(kind, index)}: ${describeFieldIssue(issue.path, issue.message)}`,
      issue.path === '' ? record : `${record}.${issue.path}`,
    );
  });
}

/**
 * Reads a native Gloss file completely: JSON syntax, `format` and `version`,
 * then every record against the strict schemas the database uses. Offsets
 * must be whole, non-negative and `start < end`; whether they fit the article
 * is checked by planImport, which knows the texts.
 * @throws ImportError naming the first bad record and field, e.g.
 *   "annotation 12: ranges[0].end must be greater than start".
 */
export function parseNative(text: string): ImportBundle {
  const value = parseJson(text);
  const version = checkFormatAndVersion(value);
  const envelope = ENVELOPES[version].safeParse(value);
  if (!envelope.success) {
    const issue = firstIssue(envelope.error);
    throw new ImportError(
      `The backup is malformed: ${describeFieldIssue(issue.path, issue.message)}`,
      issue.path,
    );
  }
  const file = envelope.data;
  const v2 =
    'overrides' in file || 'sets' in file ? (file as z.infer<typeof EnvelopeV2Schema>) : null;
  return {
    format: 'native',
    exportedAt: file.exportedAt,
    articles: parseRecords(file.articles, ArticleRefSchema, 'article', 'articles'),
    tags: parseRecords(file.tags, TagSchema, 'tag', 'tags'),
    annotations: parseRecords(file.annotations, FileAnnotationSchema, 'annotation', 'annotations'),
    memos: parseRecords(file.memos ?? [], ArticleMemoSchema, 'memo', 'memos'),
    documents: parseRecords(file.documents ?? [], DocumentRecordSchema, 'document', 'documents'),
    skipped: (file.damaged ?? []).map((_, index) => ({
      kind: 'annotation' as const,
      index,
      id: '',
      reason: 'a damaged record the backup carries raw; it is not imported',
      message: `damaged ${index}: a damaged record the backup carries raw; it is not imported`,
    })),
    coders: parseRecords(file.coders ?? [], CoderSchema, 'coder', 'coders'),
    overrides: parseRecords(v2?.overrides ?? [], MetadataOverrideSchema, 'override', 'overrides'),
    sets: parseRecords(v2?.sets ?? [], ArticleSetSchema, 'set', 'sets'),
  };
}
