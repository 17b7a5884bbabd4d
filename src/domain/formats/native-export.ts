import {
  copyAnnotation,
  copyDocument,
  copyMemo,
  copyOverride,
  copySet,
  copyTag,
} from './native-records';
import type { ExportInput } from './types';

/** The `format` and `version` a native Gloss file declares. */
export const NATIVE_FORMAT = 'gloss';
// Version 2 added `overrides` and `sets`; version 1 files are still read (native-import.ts).
export const NATIVE_VERSION = 2;
/** Every version this app reads. */
export const NATIVE_VERSIONS_READ: readonly number[] = [1, 2];

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
    overrides: (input.overrides ?? []).map(copyOverride),
    sets: (input.sets ?? []).map(copySet),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
