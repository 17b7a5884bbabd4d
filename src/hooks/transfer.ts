import { transferRepo, type Snapshot } from '../db/transfer-repo';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Coder } from '../domain/coders/coder';
import type { ManifestEntry } from '../domain/corpus/types';
import type { ImportPlan } from '../domain/formats/plan-types';
import type { ExportArticle, ExportInput, KnownArticles } from '../domain/formats/types';
import { useAppStore } from '../store';

/** Fetches (once) and returns the canonical text of every bundled article. */
async function seedTexts(): Promise<{ entries: ManifestEntry[]; texts: Map<string, string> }> {
  const store = useAppStore.getState();
  await store.loadManifest();
  const manifest = useAppStore.getState().manifest;
  if (manifest.status !== 'ready')
    throw new Error('The library could not be loaded, so its texts are missing.');
  const entries = manifest.value.articles;
  await Promise.all(entries.map((e) => useAppStore.getState().loadSeedText(e.id, e.file)));
  const texts = new Map<string, string>();
  for (const entry of entries) {
    const state = useAppStore.getState().texts[entry.id];
    if (state?.status !== 'ready')
      throw new Error(`The text of “${entry.title}” could not be loaded.`);
    texts.set(entry.id, state.value.text);
  }
  return { entries, texts };
}

/** Every article the device knows (seeds and user documents), with texts, for exports and imports. */
async function knownArticles(snapshot: Snapshot): Promise<ExportArticle[]> {
  const { entries, texts } = await seedTexts();
  const seeds: ExportArticle[] = entries.map((e) => ({
    id: e.id,
    title: e.title,
    source: e.source,
    language: e.language,
    text: texts.get(e.id) ?? '',
    textHash: e.sha256,
    origin: 'seed',
  }));
  const documents: ExportArticle[] = snapshot.documents.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    language: d.language,
    text: d.text,
    textHash: d.sha256,
    origin: 'user',
  }));
  return [...seeds, ...documents];
}

/**
 * Gathers what an export writes: everything, or only the annotations that match `filter`
 * (the All annotations view's filters), with the articles and tags they need.
 */
export async function gatherExport(filter?: AnnotationFilters): Promise<ExportInput> {
  const snapshot = await transferRepo.snapshot();
  const articles = await knownArticles(snapshot);
  let annotations = snapshot.annotations;
  if (filter) {
    const { filterAnnotations } = await import('../domain/annotations/filter');
    const infos = new Map(articles.map((a, order) => [a.id, { ...a, order }]));
    annotations = filterAnnotations(annotations, filter, infos, snapshot.tags);
  }
  return {
    articles,
    tags: snapshot.tags,
    annotations,
    memos: snapshot.memos,
    userArticles: snapshot.documents,
    exportedAt: new Date(),
    coders: snapshot.coders,
  };
}

/** Every article this device knows, with its text: seeds first, then the user's documents. */
export async function loadAllArticles(): Promise<ExportArticle[]> {
  return knownArticles(await transferRepo.snapshot());
}

/** What an import is compared against: the articles this device knows and its current data. */
export async function gatherImportContext(): Promise<{
  articles: KnownArticles;
  snapshot: Snapshot;
}> {
  const snapshot = await transferRepo.snapshot();
  const articles = await knownArticles(snapshot);
  return {
    articles: new Map(articles.map((a) => [a.id, { text: a.text, textHash: a.textHash }])),
    snapshot,
  };
}

/** Writes an import plan in one transaction (nothing changes on error). */
export function applyImportPlan(plan: ImportPlan, coders: readonly Coder[] = []): Promise<void> {
  return transferRepo.applyImport(plan, coders);
}
