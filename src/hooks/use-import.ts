import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportWriter } from '../commands/import-read';
import type { Snapshot } from '../db/transfer-repo';
import type { AgreementReport } from '../domain/agreement';
import type { ArticleWithText } from '../domain/corpus/types';
import type { ImportMode, ImportPlan } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';
import { errorMessage } from '../domain/error-message';
import { applyImportPlan, gatherImportContext, importWriteTarget } from '../commands/transfer';

/** A validated file with both plans, and the local data they were planned against. */
export interface ImportPreview {
  step: 'preview';
  fileName: string;
  bundle: ImportBundle;
  merge: ImportPlan;
  replace: ImportPlan;
  context: { articles: KnownArticles; known: ArticleWithText[]; snapshot: Snapshot };
  /** Why the preview was planned again (the data changed before Merge or Replace). */
  notice?: string;
}

export type ImportState =
  | { step: 'idle' }
  /** `progress`: the fraction of the file read and checked (0…1). */
  | { step: 'reading'; fileName: string; progress: number }
  | ImportPreview
  | { step: 'comparing'; fileName: string; preview: ImportPreview }
  | { step: 'compare'; fileName: string; preview: ImportPreview; report: AgreementReport }
  /** `progress`: the fraction of the records written (0…1). */
  | { step: 'writing'; fileName: string; progress: number }
  | { step: 'done'; fileName: string; plan: ImportPlan }
  | { step: 'error'; fileName: string; message: string };

type ImportContext = Awaited<ReturnType<typeof gatherImportContext>>;

/** What the plans compare against: only the records, not the damaged ones nor the coders. */
const existingOf = ({ snapshot }: ImportContext) => ({
  annotations: snapshot.annotations,
  tags: snapshot.tags,
  memos: snapshot.memos,
  documents: snapshot.documents,
  overrides: snapshot.overrides,
  sets: snapshot.sets,
});

/** Plans both a merge and a replace of `bundle` against what the database holds now. */
async function planPreview(fileName: string, bundle: ImportBundle): Promise<ImportPreview> {
  const formats = await import('../domain/formats/import-entry');
  const { articles, known, snapshot } = await gatherImportContext();
  const ctx = { articles, existing: snapshot };
  return {
    step: 'preview',
    fileName,
    bundle,
    merge: formats.planImport(bundle, ctx, 'merge'),
    replace: formats.planImport(bundle, ctx, 'replace'),
    context: { articles, known, snapshot },
  };
}

/**
 * Reads an import file completely, validates it and plans both a merge and a replace before
 * anything is written; `confirm(mode)` then writes the chosen plan as one logical import, in
 * chunks that change nothing unless all of them land.
 * `compareCoders()` instead measures the file's agreement with the local annotations (nothing
 * is written); `backToPreview()` returns to the preview.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // The worker that planned the preview, kept to write it (null: write from the page).
  const writer = useRef<ImportWriter | null>(null);
  const dropWriter = useCallback(() => {
    writer.current?.close();
    writer.current = null;
  }, []);
  useEffect(() => dropWriter, [dropWriter]);

  const choose = useCallback(
    async (file: File) => {
      dropWriter();
      setState({ step: 'reading', fileName: file.name, progress: 0 });
      try {
        const context = await gatherImportContext();
        // Parsed, validated and planned in a worker: the page keeps answering while a big file is
        // checked, re-anchored and compared with the local data.
        const { readImportFile } = await import('../commands/import-read');
        const {
          bundle,
          plans,
          writer: kept,
        } = await readImportFile(
          file,
          context.articles,
          (progress) =>
            setState((current) =>
              current.step === 'reading' && current.fileName === file.name
                ? { ...current, progress }
                : current,
            ),
          existingOf(context),
          importWriteTarget(),
        );
        writer.current = kept ?? null;
        setState(
          plans
            ? { step: 'preview', fileName: file.name, bundle, ...plans, context }
            : await planPreview(file.name, bundle),
        );
      } catch (error) {
        setState({ step: 'error', fileName: file.name, message: errorMessage(error) });
      }
    },
    [dropWriter],
  );

  const confirm = useCallback(
    async (mode: ImportMode) => {
      if (state.step !== 'preview') return;
      const plan = mode === 'merge' ? state.merge : state.replace;
      const fileName = state.fileName;
      setState({ step: 'writing', fileName, progress: 0 });
      const onProgress = (progress: number) =>
        setState((current) =>
          current.step === 'writing' && current.fileName === fileName
            ? { ...current, progress }
            : current,
        );
      // A preview planned again on the page (after a stale write) has no worker behind it.
      const kept = writer.current;
      writer.current = null;
      if (state.notice !== undefined) kept?.close();
      const inWorker = state.notice === undefined ? kept : null;
      try {
        // Written by the worker that planned it, so the page only shows the progress.
        const result = inWorker
          ? await inWorker.write(mode, onProgress)
          : await applyImportPlan(
              plan,
              state.context.snapshot,
              state.bundle.coders ?? [],
              onProgress,
            );
        if (result.status === 'stale') {
          // Planned again against what the database holds now, and shown before any write.
          const fresh = await planPreview(state.fileName, state.bundle);
          setState({
            ...fresh,
            notice:
              'The data changed since this preview (in this tab or another), so nothing was written. Here is the preview again; check it and choose once more.',
          });
          return;
        }
        setState({ step: 'done', fileName: state.fileName, plan });
      } catch (error) {
        setState({
          step: 'error',
          fileName: state.fileName,
          message: `Nothing was imported: ${errorMessage(error)}`,
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
        articles: context.known,
        local: { annotations: context.snapshot.annotations, tags: context.snapshot.tags },
        imported: { annotations: bundle.annotations, tags: bundle.tags },
      });
      setState({ step: 'compare', fileName, preview, report });
    } catch (error) {
      setState({
        step: 'error',
        fileName,
        message: `The comparison failed: ${errorMessage(error)}`,
      });
    }
  }, [state]);

  const backToPreview = useCallback(
    () => setState((current) => (current.step === 'compare' ? current.preview : current)),
    [],
  );

  const reset = useCallback(() => {
    dropWriter();
    setState({ step: 'idle' });
  }, [dropWriter]);
  return { state, choose, confirm, compareCoders, backToPreview, reset };
}
