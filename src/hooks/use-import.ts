import { useCallback, useState } from 'react';
import type { Snapshot } from '../db/transfer-repo';
import type { AgreementArticle, AgreementReport } from '../domain/agreement';
import type { ImportMode, ImportPlan } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';
import { useAppStore } from '../store';
import { applyImportPlan, gatherImportContext } from './transfer';

/** A validated file with both plans, and the local data they were planned against. */
export interface ImportPreview {
  step: 'preview';
  fileName: string;
  bundle: ImportBundle;
  merge: ImportPlan;
  replace: ImportPlan;
  context: { articles: KnownArticles; snapshot: Snapshot };
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | ImportPreview
  | { step: 'comparing'; fileName: string; preview: ImportPreview }
  | { step: 'compare'; fileName: string; preview: ImportPreview; report: AgreementReport }
  | { step: 'writing'; fileName: string }
  | { step: 'done'; fileName: string; plan: ImportPlan }
  | { step: 'error'; fileName: string; message: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The known articles with their titles (seeds from the manifest, documents from the snapshot). */
function agreementArticles(context: ImportPreview['context']): AgreementArticle[] {
  const titles = new Map<string, string>();
  const manifest = useAppStore.getState().manifest;
  if (manifest.status === 'ready') {
    for (const entry of manifest.value.articles) titles.set(entry.id, entry.title);
  }
  for (const doc of context.snapshot.documents) titles.set(doc.id, doc.title);
  return [...context.articles].map(([id, article]) => ({
    id,
    title: titles.get(id) ?? id,
    text: article.text,
    textHash: article.textHash,
  }));
}

/**
 * Reads an import file completely, validates it and plans both a merge and a replace before
 * anything is written; `confirm(mode)` then writes the chosen plan in one transaction.
 * `compareCoders()` instead measures the file's agreement with the local annotations (nothing
 * is written); `backToPreview()` returns to the preview.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const choose = useCallback(async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    try {
      const formats = await import('../domain/formats/import-entry');
      formats.checkImportSize(file.size);
      const text = await file.text();
      const { articles, snapshot } = await gatherImportContext();
      const bundle = formats.parseImport(text, articles);
      const ctx = { articles, existing: snapshot };
      setState({
        step: 'preview',
        fileName: file.name,
        bundle,
        merge: formats.planImport(bundle, ctx, 'merge'),
        replace: formats.planImport(bundle, ctx, 'replace'),
        context: { articles, snapshot },
      });
    } catch (error) {
      setState({ step: 'error', fileName: file.name, message: message(error) });
    }
  }, []);

  const confirm = useCallback(
    async (mode: ImportMode) => {
      if (state.step !== 'preview') return;
      const plan = mode === 'merge' ? state.merge : state.replace;
      setState({ step: 'writing', fileName: state.fileName });
      try {
        await applyImportPlan(plan, state.bundle.coders ?? []);
        setState({ step: 'done', fileName: state.fileName, plan });
      } catch (error) {
        setState({
          step: 'error',
          fileName: state.fileName,
          message: `Nothing was imported: ${message(error)}`,
        });
      }
    },
    [state],
  );

  const compareCoders = useCallback(async () => {
    if (state.step !== 'preview') return;
    const preview = state;
    const { fileName, bundle, context } = preview;
    setState({ step: 'comparing', fileName, preview });
    try {
      const { computeAgreement } = await import('../domain/agreement');
      const report = computeAgreement({
        articles: agreementArticles(context),
        local: { annotations: context.snapshot.annotations, tags: context.snapshot.tags },
        imported: { annotations: bundle.annotations, tags: bundle.tags },
      });
      setState({ step: 'compare', fileName, preview, report });
    } catch (error) {
      setState({ step: 'error', fileName, message: `The comparison failed: ${message(error)}` });
    }
  }, [state]);

  const backToPreview = useCallback(
    () => setState((current) => (current.step === 'compare' ? current.preview : current)),
    [],
  );

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, choose, confirm, compareCoders, backToPreview, reset };
}
