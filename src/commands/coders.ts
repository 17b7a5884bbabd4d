import { codersRepo } from '../db/coders-repo';
import type { GuardedImportResult, Snapshot } from '../db/transfer-repo';
import type { Coder } from '../domain/coders/coder';
import * as coders from '../domain/coders';
import type { LayerImportPlan } from '../domain/coders/layer-import';
import type { ImportPlan } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';
import { runCommand, type CommandResult } from './run';
import { applyImportPlan, gatherImportContext } from './transfer';

/*
 * Coder commands: naming the local coder and "Import as coder". Loaded with the pages that use
 * them (Settings' coder section, Export & import), never with the first screen.
 */

/** Renames a coder; a refused name is the caller's to show next to its field. */
export function renameCoder(id: string, name: string): Promise<CommandResult<Coder>> {
  return runCommand('Saving the coder name', () => codersRepo.rename(id, name), {
    report: 'caller',
  });
}

/** Sets the colour a coder's highlights take when the reader colours by coder. */
export function setCoderColor(id: string, color: string): Promise<CommandResult<Coder>> {
  return runCommand('Saving the coder colour', () => codersRepo.setColor(id, color));
}

/** Removes an imported coder and their whole layer. */
export function removeCoder(id: string): Promise<CommandResult<void>> {
  return runCommand('Removing the coder', () => codersRepo.remove(id));
}

/** A file read for "Import as coder", with the local data it is planned against. */
export interface CoderFile {
  fileName: string;
  bundle: ImportBundle;
  context: { articles: KnownArticles; snapshot: Snapshot };
}

/** A planned layer, and why its name cannot be used (null when it can). */
export interface CoderLayerPreview {
  plan: LayerImportPlan;
  nameProblem: string | null;
}

/**
 * Reads and validates any file the importers understand (as "Import file" does, except that a
 * CSV is read as annotations with quotes and offsets), with the snapshot it will be planned
 * against. @throws ImportError naming the first bad record
 */
export async function readCoderFile(file: File): Promise<CoderFile> {
  const formats = await import('../domain/formats/import-entry');
  formats.checkImportSize(file.size);
  const content = formats.isBinaryImport(file.name)
    ? new Uint8Array(await file.arrayBuffer())
    : await file.text();
  const { articles, snapshot } = await gatherImportContext();
  // A table here is a coder's annotations (quote + offsets), not a codebook as on "Import file".
  const parsed =
    /\.(csv|tsv)$/i.test(file.name) && typeof content === 'string'
      ? (await import('../domain/formats/annotation-csv-import')).importAnnotationCsv(
          content,
          articles,
          file.name,
        )
      : await formats.parseImportFile(file.name, content, articles);
  const bundle = await formats.verifyDocuments(parsed);
  return { fileName: file.name, bundle, context: { articles, snapshot } };
}

/** The same parsed file with a fresh snapshot, to plan it again after the data changed. */
export async function readCoderFileAgain(file: CoderFile): Promise<CoderFile> {
  const { articles, snapshot } = await gatherImportContext();
  return { ...file, context: { articles, snapshot } };
}

/** The coder name the file proposes (its author where it names one). */
export async function proposedName(file: CoderFile): Promise<string> {
  return coders.proposedCoderName(file.bundle, file.fileName);
}

/** Plans the file as the layer of coder `name`: a new layer, or that coder's earlier one replaced. */
export async function planCoderLayer(file: CoderFile, name: string): Promise<CoderLayerPreview> {
  const { snapshot, articles } = file.context;
  const layerSizes = new Map<string, number>();
  for (const a of snapshot.annotations)
    layerSizes.set(a.coderId, (layerSizes.get(a.coderId) ?? 0) + 1);
  const taken = snapshot.coders.some(
    (c) => c.origin !== 'imported' && coders.coderNameKey(c.name) === coders.coderNameKey(name),
  );
  return {
    plan: coders.planLayerImport(file.bundle, name, {
      known: articles,
      codebook: snapshot.tags,
      coders: snapshot.coders,
      layerSizes,
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    }),
    nameProblem:
      coders.coderNameProblem(name) ??
      (taken ? 'That name is yours or the consensus’s; choose the colleague’s name.' : null),
  };
}

/**
 * The layer as an import plan against `snapshot`: its annotations added or rewritten, whatever
 * else that coder's layer held removed, the codebook's missing tags added. Other layers are
 * never touched.
 */
export function layerAsImportPlan(layer: LayerImportPlan, snapshot: Snapshot): ImportPlan {
  const stored = new Set(snapshot.annotations.map((a) => a.id));
  const incoming = new Set(layer.annotations.map((a) => a.id));
  const add = layer.annotations.filter((a) => !stored.has(a.id));
  const change = layer.annotations.filter((a) => stored.has(a.id));
  const remove = snapshot.annotations.filter(
    (a) => a.coderId === layer.coder.id && !incoming.has(a.id),
  );
  const none = { tags: [], memos: [], documents: [], overrides: [], sets: [] };
  return {
    mode: 'merge',
    add: { ...none, annotations: add, tags: layer.newTags },
    change: { ...none, annotations: change },
    remove: { ...none, annotations: remove },
    skip: [],
    warnings: [],
    counts: {
      add: add.length + layer.newTags.length,
      change: change.length,
      remove: remove.length,
      skip: layer.skipped.length,
      unchanged: 0,
    },
  };
}

/**
 * Writes a planned layer through the guarded import path: in one transaction, and only if
 * nothing it touches changed since the preview's snapshot (else 'stale', nothing written).
 */
export function importCoderLayer(
  file: CoderFile,
  layer: LayerImportPlan,
): Promise<CommandResult<GuardedImportResult>> {
  return runCommand(
    'Importing the coder',
    async () => {
      const result = await applyImportPlan(
        layerAsImportPlan(layer, file.context.snapshot),
        file.context.snapshot,
        [layer.coder],
      );
      // A known coder keeps its record; only its name's spelling may change.
      if (
        result.status === 'applied' &&
        layer.replaces &&
        layer.replaces.coder.name !== layer.coder.name
      )
        await codersRepo.rename(layer.coder.id, layer.coder.name);
      return result;
    },
    { report: 'caller' },
  );
}
