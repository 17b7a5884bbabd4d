import type { ImportPlan } from '../domain/formats/plan-types';
import {
  copyAnnotation,
  copyDocument,
  copyMemo,
  copyOverride,
  copySet,
  copyTag,
} from '../domain/formats/native-records';
import type {
  Annotation,
  ArticleMemo,
  ArticleSet,
  DocumentRecord,
  MetadataOverride,
  Tag,
} from '../domain/model';
import type { GlossDB } from './db';
import { getDocuments } from './document-texts';
import type { Snapshot } from './transfer-repo';

/**
 * What an import was planned against: the records of a snapshot (the page's, or the copy an
 * import worker was given), without the damaged ones and the coders.
 */
export type ImportBasis = {
  readonly [
    K in 'annotations' | 'tags' | 'memos' | 'documents' | 'overrides' | 'sets'
  ]: readonly Snapshot[K][number][];
};

/** What an import touches that has moved since its preview was planned. */
export interface StaleImport {
  status: 'stale';
  /** One line per record that changed, for the notice ("annotation 3f2…: edited since"). */
  changes: string[];
}

const same = <T>(copy: (record: T) => T, a: T | undefined, b: T | undefined): boolean =>
  a === undefined || b === undefined
    ? a === b
    : JSON.stringify(copy(a)) === JSON.stringify(copy(b));

/**
 * Compares, inside the write transaction, every record the plan touches with what the
 * preview was planned against: a record edited, added or deleted since (in this tab or
 * another) makes the plan stale, so it is planned again instead of overwriting newer data.
 * Reads only the touched records by key.
 */
export async function staleSince(
  db: GlossDB,
  plan: ImportPlan,
  basis: ImportBasis,
): Promise<string[]> {
  const changes: string[] = [];
  const check = async <T, K extends string>(
    kind: string,
    keyOf: (record: T) => K,
    records: readonly T[],
    before: ReadonlyMap<K, T>,
    read: (keys: K[]) => Promise<(T | undefined)[]>,
    copy: (record: T) => T,
    exists: (keys: K[]) => Promise<unknown[]>,
  ) => {
    const keys = [...new Set(records.map(keyOf))];
    // Keys the preview saw empty need only be still empty: their keys are read, not values.
    const fresh = keys.filter((key) => !before.has(key));
    const known = keys.filter((key) => before.has(key));
    for (const key of await exists(fresh)) changes.push(`${kind} ${String(key)}`);
    const now = await read(known);
    known.forEach((key, i) => {
      if (!same(copy, before.get(key), now[i])) changes.push(`${kind} ${key}`);
    });
  };
  const touched = <T>(kind: keyof ImportPlan['add']) =>
    [...plan.add[kind], ...plan.change[kind], ...plan.remove[kind]] as T[];

  await check<Annotation, string>(
    'annotation',
    (a) => a.id,
    touched<Annotation>('annotations'),
    new Map(basis.annotations.map((a) => [a.id, a])),
    (keys) => db.annotations.bulkGet(keys),
    copyAnnotation,
    (keys) => db.annotations.where(':id').anyOf(keys).primaryKeys(),
  );
  await check<Tag, string>(
    'tag',
    (t) => t.id,
    touched<Tag>('tags'),
    new Map(basis.tags.map((t) => [t.id, t])),
    (keys) => db.tags.bulkGet(keys),
    copyTag,
    (keys) => db.tags.where(':id').anyOf(keys).primaryKeys(),
  );
  await check<ArticleMemo, string>(
    'memo',
    (m) => m.articleId,
    touched<ArticleMemo>('memos'),
    new Map(basis.memos.map((m) => [m.articleId, m])),
    (keys) => db.memos.bulkGet(keys),
    copyMemo,
    (keys) => db.memos.where(':id').anyOf(keys).primaryKeys(),
  );
  await check<DocumentRecord, string>(
    'document',
    (d) => d.id,
    touched<DocumentRecord>('documents'),
    new Map(basis.documents.map((d) => [d.id, d])),
    (keys) => getDocuments(db, keys),
    copyDocument,
    (keys) => db.articles.where(':id').anyOf(keys).primaryKeys(),
  );
  await check<MetadataOverride, string>(
    'details of',
    (o) => o.articleId,
    touched<MetadataOverride>('overrides'),
    new Map(basis.overrides.map((o) => [o.articleId, o])),
    (keys) => db.overrides.bulkGet(keys),
    copyOverride,
    (keys) => db.overrides.where(':id').anyOf(keys).primaryKeys(),
  );
  await check<ArticleSet, string>(
    'set',
    (x) => x.id,
    touched<ArticleSet>('sets'),
    new Map(basis.sets.map((x) => [x.id, x])),
    (keys) => db.sets.bulkGet(keys),
    copySet,
    (keys) => db.sets.where(':id').anyOf(keys).primaryKeys(),
  );
  if ((await db.sets.count()) !== basis.sets.length) changes.push('sets');
  // A tag added locally since may hold a name the plan's new tags take; on 'replace' a record
  // added since would survive a plan that means to leave only the file's records.
  if ((await db.tags.count()) !== basis.tags.length) changes.push('the codebook');
  if (plan.mode === 'replace') {
    if ((await db.annotations.count()) !== basis.annotations.length) changes.push('annotations');
    if ((await db.memos.count()) !== basis.memos.length) changes.push('memos');
    if ((await db.articles.count()) !== basis.documents.length) changes.push('documents');
    if ((await db.overrides.count()) !== basis.overrides.length) changes.push('article details');
  }
  return changes;
}
