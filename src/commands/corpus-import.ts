import { articlesRepo } from '../db';
import { buildImportedDocument } from '../domain/corpus-import/build-document';
import type { ImportDraft } from '../domain/corpus-import/draft';
import { planImport, type ImportPlan } from '../domain/corpus-import/plan';
import { MAX_IMPORT_ARTICLES } from '../domain/corpus-import/sources';
import { newDocumentId } from '../domain/corpus/user-document';
import type { DocumentRecord } from '../domain/model';
import { useAppStore } from '../store';
import { listArticles } from './corpus';
import { runCommand, type CommandResult } from './run';

/** Sorts drafts into new articles and duplicates of what the library (or the import) holds. */
export async function previewImport(
  drafts: readonly ImportDraft[],
): Promise<CommandResult<ImportPlan>> {
  return runCommand('Checking the import', async () => planImport(drafts, await listArticles()), {
    report: 'caller',
  });
}

/** How far an import has come: articles prepared out of all, then the one write. */
export interface ImportProgress {
  done: number;
  total: number;
  phase: 'preparing' | 'saving';
}

/** Thrown inside when the user cancels; reported as `cancelled`, never as a failure. */
class Cancelled extends Error {}

/** The longest run of work between two yields to the page, in milliseconds. */
const SLICE_MS = 30;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type ImportOutcome = CommandResult<DocumentRecord[]> & { cancelled?: boolean };

/**
 * Imports the new articles of a plan: each is built (parsed, hashed) in small slices so the page
 * stays responsive and Cancel is heard, then all are stored in one transaction. Cancelled
 * before the write or during it (the transaction is aborted), or failed anywhere, nothing is
 * stored.
 */
export async function commitImport(
  plan: ImportPlan,
  options: { signal?: AbortSignal; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportOutcome> {
  const { signal, onProgress } = options;
  const total = plan.fresh.length;
  const result = await runCommand(
    'Importing the articles',
    async () => {
      if (total > MAX_IMPORT_ARTICLES)
        throw new Error(
          `${total.toLocaleString('en')} articles are more than one import may add (${MAX_IMPORT_ARTICLES.toLocaleString('en')}); split the import.`,
        );
      const now = Date.now();
      const records: DocumentRecord[] = [];
      // Slices of at most SLICE_MS of work, not of a number of articles: a long article parses
      // for longer, and a slice that runs past 50 ms is a task the page feels.
      let sliceStart = performance.now();
      for (const [index, draft] of plan.fresh.entries()) {
        if (signal?.aborted) throw new Cancelled();
        // A millisecond apart, so that the library keeps them in import order.
        records.push(
          await buildImportedDocument(
            draft,
            new Date(now + index),
            newDocumentId(),
            draft.textHash,
          ),
        );
        if (performance.now() - sliceStart > SLICE_MS) {
          onProgress?.({ done: records.length, total, phase: 'preparing' });
          await nextTask();
          sliceStart = performance.now();
        }
      }
      onProgress?.({ done: total, total, phase: 'preparing' });
      await nextTask();
      if (signal?.aborted) throw new Cancelled();
      onProgress?.({ done: total, total, phase: 'saving' });
      return articlesRepo.addMany(records, signal);
    },
    { report: 'caller' },
  );
  if (!result.ok && (result.error instanceof Cancelled || signal?.aborted))
    return { ...result, message: 'The import was cancelled; nothing was added.', cancelled: true };
  if (result.ok) {
    const count = result.value.length;
    useAppStore.getState().showToast({
      tone: 'info',
      message: `Imported ${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}.`,
    });
  }
  return result;
}
