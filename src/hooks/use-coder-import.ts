import { useCallback, useState } from 'react';
import { codersRepo } from '../db/coders-repo';
import type { LayerImportPlan } from '../domain/coders/layer-import';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';
import type { Snapshot } from '../db/transfer-repo';
import { gatherImportContext } from './transfer';

interface Parsed {
  fileName: string;
  bundle: ImportBundle;
  context: { articles: KnownArticles; snapshot: Snapshot };
}

export type CoderImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | (Parsed & { step: 'preview'; name: string; plan: LayerImportPlan; nameProblem: string | null })
  | { step: 'writing'; fileName: string }
  | { step: 'done'; fileName: string; plan: LayerImportPlan }
  | { step: 'error'; fileName: string; message: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function plan(parsed: Parsed, name: string) {
  const coders = await import('../domain/coders');
  const { snapshot, articles } = parsed.context;
  const layerSizes = new Map<string, number>();
  for (const a of snapshot.annotations)
    layerSizes.set(a.coderId, (layerSizes.get(a.coderId) ?? 0) + 1);
  const taken = snapshot.coders.some(
    (c) => c.origin !== 'imported' && coders.coderNameKey(c.name) === coders.coderNameKey(name),
  );
  return {
    plan: coders.planLayerImport(parsed.bundle, name, {
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
 * "Import as coder": reads any file the importers understand, proposes the coder's name from
 * it, previews whether it adds a layer or replaces that coder's earlier one, then writes the
 * layer in one transaction. The name can be changed before writing.
 */
export function useCoderImport() {
  const [state, setState] = useState<CoderImportState>({ step: 'idle' });

  const choose = useCallback(async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    try {
      const formats = await import('../domain/formats/import-entry');
      formats.checkImportSize(file.size);
      const text = await file.text();
      const context = await gatherImportContext();
      const bundle = formats.parseImport(text, context.articles);
      const parsed = { fileName: file.name, bundle, context };
      const { proposedCoderName } = await import('../domain/coders');
      const name = proposedCoderName(bundle, file.name);
      setState({ step: 'preview', ...parsed, name, ...(await plan(parsed, name)) });
    } catch (error) {
      setState({ step: 'error', fileName: file.name, message: message(error) });
    }
  }, []);

  const rename = useCallback(
    async (name: string) => {
      if (state.step !== 'preview') return;
      const { fileName, bundle, context } = state;
      const parsed = { fileName, bundle, context };
      setState({ step: 'preview', ...parsed, name, ...(await plan(parsed, name)) });
    },
    [state],
  );

  const confirm = useCallback(async () => {
    if (state.step !== 'preview' || state.nameProblem) return;
    const { fileName, plan: layer } = state;
    setState({ step: 'writing', fileName });
    try {
      await codersRepo.writeLayer(layer);
      setState({ step: 'done', fileName, plan: layer });
    } catch (error) {
      setState({ step: 'error', fileName, message: `Nothing was imported: ${message(error)}` });
    }
  }, [state]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, choose, rename, confirm, reset };
}
