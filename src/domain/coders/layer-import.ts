import { tagNameKey } from '../codebook';
import { anchorImported } from '../formats/import-anchor';
import { stableUuid } from '../formats/stable-id';
import type { ImportBundle, KnownArticles } from '../formats/types';
import type { Annotation, Tag } from '../model';
import { LOCAL_CODER_ID, coderNameKey, normalizeCoderName, type Coder } from './coder';
import { nextCoderColor } from './colors';

/** What "Import as coder" will write: one coder's layer, replacing that coder's earlier one. */
export interface LayerImportPlan {
  coder: Coder;
  /** The coder whose layer this replaces (same name, case-insensitive), or null for a new one. */
  replaces: { coder: Coder; annotations: number } | null;
  annotations: Annotation[];
  /** Tags the codebook lacks; added so that the layer's tags exist (matched by name). */
  newTags: Tag[];
  /** Annotations of the file left out, with the reason, by index in the file's list. */
  skipped: { index: number; reason: string }[];
}

export interface LayerImportContext {
  known: KnownArticles;
  codebook: readonly Tag[];
  coders: readonly Coder[];
  /** How many annotations each coder's layer holds now. */
  layerSizes: ReadonlyMap<string, number>;
  now: string;
  /** A fresh id for a new coder. */
  newId: () => string;
}

/** The creator most annotations name (REFI-QDA `creatingUser`, Hypothesis `user`), or null. */
function mainCreator(annotations: readonly Annotation[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const { creator } of annotations) {
    if (creator === undefined) continue;
    const count = (counts.get(creator) ?? 0) + 1;
    counts.set(creator, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = creator;
  }
  return best;
}

/**
 * The name to propose for a file's coder: its author where the format has one (W3C
 * `creator`, REFI-QDA `Users`, Hypothesis `user`, the native file's own local coder), else the
 * file name without extension.
 */
export function proposedCoderName(bundle: ImportBundle, fileName: string): string {
  const fromFile =
    bundle.coderName ??
    bundle.coders?.find((c) => c.id === LOCAL_CODER_ID)?.name ??
    mainCreator(bundle.annotations);
  const stem = fileName.replace(/\.[^.]+$/, '');
  return normalizeCoderName(fromFile ?? '') || normalizeCoderName(stem) || 'Imported coder';
}

/**
 * The annotations of a file that belong to its author: in a native backup only its own
 * (local) layer, since the other layers in it are other people's; every annotation otherwise.
 */
function authorsAnnotations(bundle: ImportBundle): { annotation: Annotation; index: number }[] {
  const native = bundle.format === 'native' && (bundle.coders?.length ?? 0) > 0;
  return bundle.annotations
    .map((annotation, index) => ({ annotation, index }))
    .filter(({ annotation }) => !native || annotation.coderId === LOCAL_CODER_ID);
}

/**
 * Plans importing any parsed file (whatever importer produced the bundle) as the layer of the
 * coder `name`: tags are matched to the codebook by case-insensitive name (missing ones are
 * created), every annotation is placed in the local text (unknown articles and quotes not found
 * are skipped), and ids are derived from the coder and the file's ids, so a second import of
 * the same file meets the same records. Nothing is merged into another coder's layer.
 */
export function planLayerImport(
  bundle: ImportBundle,
  name: string,
  context: LayerImportContext,
): LayerImportPlan {
  const normalized = normalizeCoderName(name);
  const existing = context.coders.find(
    (c) => c.origin === 'imported' && coderNameKey(c.name) === coderNameKey(normalized),
  );
  const coder: Coder = existing
    ? { ...existing, name: normalized }
    : {
        id: context.newId(),
        name: normalized,
        origin: 'imported',
        createdAt: context.now,
        color: nextCoderColor(context.coders),
      };

  const byKey = new Map(context.codebook.map((tag) => [tag.nameKey, tag]));
  const newTags: Tag[] = [];
  const fileTags = new Map(bundle.tags.map((tag) => [tag.id, tag]));
  const localId = (fileTagId: string): string | null => {
    const tag = fileTags.get(fileTagId);
    if (!tag) return null;
    const key = tagNameKey(tag.name);
    let local = byKey.get(key);
    if (!local) {
      local = {
        ...tag,
        id: context.newId(),
        nameKey: key,
        hotkey: null,
        parentId: null,
        createdAt: context.now,
      };
      byKey.set(key, local);
      newTags.push(local);
    }
    return local.id;
  };

  const skipped: LayerImportPlan['skipped'] = [];
  const annotations: Annotation[] = [];
  const ownIndexes = new Set<number>();
  for (const { annotation, index } of authorsAnnotations(bundle)) {
    ownIndexes.add(index);
    const article = context.known.get(annotation.articleId);
    if (!article) {
      skipped.push({ index, reason: `unknown article ${annotation.articleId}` });
      continue;
    }
    const placed = anchorImported(annotation, article);
    if (!placed.ok) {
      skipped.push({ index, reason: placed.reason });
      continue;
    }
    const tagIds = [...new Set(annotation.tagIds.flatMap((id) => localId(id) ?? []))];
    annotations.push({
      ...placed.annotation,
      id: stableUuid(`coder:${coder.id}:${annotation.id}`),
      tagIds,
      coderId: coder.id,
    });
  }
  bundle.annotations.forEach((annotation, index) => {
    if (!ownIndexes.has(index))
      skipped.push({
        index,
        reason: `belongs to another coder in the file (${annotation.coderId})`,
      });
  });
  skipped.sort((a, b) => a.index - b.index);

  return {
    coder,
    replaces: existing
      ? { coder: existing, annotations: context.layerSizes.get(existing.id) ?? 0 }
      : null,
    annotations,
    newTags,
    skipped,
  };
}
