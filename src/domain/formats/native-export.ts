import { copyAnnotation, copyDocument, copyMemo, copyTag } from './native-records';
import type { ExportInput } from './types';

/** The `format` and `version` a native Gloss file declares. */
export const NATIVE_FORMAT = 'gloss';
export const NATIVE_VERSION = 1;

/**
 * Writes the native backup (docs/architecture.md "Formats"): every record as the database holds
 * it, offsets in UTF-16 code units (`"offsetUnit": "utf16"`), user documents
 * with their text. Re-importing it into an empty database gives the same
 * records. A filtered export passes a subset of the records.
 */
export function exportNative(input: ExportInput): string {
  const file = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    offsetUnit: 'utf16',
    articles: input.articles.map((article) => ({
      id: article.id,
      title: article.title,
      textHash: article.textHash,
    })),
    tags: input.tags.map(copyTag),
    annotations: input.annotations.map(copyAnnotation),
    memos: input.memos.map(copyMemo),
    documents: input.userArticles.map(copyDocument),
    // Set aside on read, but the user's data all the same: kept raw so nothing is lost.
    ...(input.damaged && input.damaged.length > 0
      ? {
          damaged: input.damaged.map(({ table, key, problem, raw }) => ({
            table,
            key,
            problem,
            raw,
          })),
        }
      : {}),
    coders: (input.coders ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      origin: c.origin,
      createdAt: c.createdAt,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
