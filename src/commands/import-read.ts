import type { GuardedImportResult } from '../db/transfer-repo';
import type { ExistingData, ImportMode } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';
import type {
  ImportPlans,
  ImportReadReply,
  ImportReadRequest,
  ImportWriteRequest,
} from './import-read-protocol';

/**
 * Writes the plans a worker made, in that worker (see {@link readImportFile}); `close` lets the
 * worker go when the preview is left without writing.
 */
export interface ImportWriter {
  /**
   * Writes the plan of `mode` as one logical import in chunks (writeImportInChunks, in the
   * worker), `onProgress` hearing the fraction written after each chunk; the worker then ends.
   * @throws Error with the message of what failed; nothing is changed then
   */
  write(mode: ImportMode, onProgress?: (fraction: number) => void): Promise<GuardedImportResult>;
  close(): void;
}

/** Where and how a kept import worker writes: see importWriteTarget (transfer.ts). */
export interface WriteTarget {
  dbName: string;
  /** Marks the batch as being written in this tab; returns what ends the mark. */
  begin: () => () => void;
  /** Tells this tab (and others) that the annotations changed under them. */
  changed: () => void;
}

/** A file read and checked, with its merge and replace plans when `existing` was given. */
export interface ReadImport {
  bundle: ImportBundle;
  plans?: ImportPlans;
  /** Present when the worker that planned the import stays to write it. */
  writer?: ImportWriter;
}

/** Hands the kept worker to the page as an ImportWriter. */
function writerOf(worker: Worker, target: WriteTarget): ImportWriter {
  let state: 'idle' | 'writing' | 'closed' = 'idle';
  return {
    write(mode, onProgress) {
      if (state !== 'idle') return Promise.reject(new Error('This import was already written.'));
      state = 'writing';
      // This tab's whole-table views wait for the end, as for a write made on the page.
      const end = target.begin();
      return new Promise<GuardedImportResult>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<ImportReadReply>) => {
          const reply = event.data;
          if (reply.type === 'write-progress') onProgress?.(reply.fraction);
          else if (reply.type === 'written') resolve(reply.result);
          else if (reply.type === 'error') reject(new Error(reply.message));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new Error(`The import stopped (${event.message || 'the writer stopped'}).`));
        };
        worker.postMessage({ type: 'write', mode } satisfies ImportWriteRequest);
      })
        .then(
          (result) => {
            if (result.status === 'applied') target.changed();
            return result;
          },
          (error: unknown) => {
            target.changed();
            throw error;
          },
        )
        .finally(() => {
          end();
          state = 'closed';
          worker.terminate();
        });
    },
    close() {
      // A write under way is never cut short: it ends the worker itself when done.
      if (state !== 'idle') return;
      state = 'closed';
      worker.terminate();
    },
  };
}

/**
 * Reads, parses and validates an import file completely in a Web Worker, and plans it against
 * `existing` when given, so a 20 MB file never holds the page, calling `onProgress` with the
 * fraction done (0…1) as it goes. Given a `target` (the app's data is in IndexedDB), the worker
 * stays with the plans and `writer` writes the chosen one from there. Where workers are missing (tests,
 * old browsers) the same steps run here, with the same progress, and there is no writer.
 * @throws Error with the importer's message (what is wrong and where)
 */
export async function readImportFile(
  file: File,
  articles: KnownArticles,
  onProgress: (fraction: number) => void,
  existing?: ExistingData,
  target: WriteTarget | null = null,
): Promise<ReadImport> {
  if (typeof Worker === 'undefined') return readHere(file, articles, onProgress, existing);
  const keep = existing !== undefined && target !== null;
  const worker = new Worker(new URL('./import-read.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-import',
  });
  let handedOver = false;
  try {
    return await new Promise<ReadImport>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportReadReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'done') {
          handedOver = keep && reply.plans !== undefined;
          resolve({
            bundle: reply.bundle,
            ...(reply.plans ? { plans: reply.plans } : {}),
            ...(handedOver && target ? { writer: writerOf(worker, target) } : {}),
          });
        } else if (reply.type === 'error') reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(`The file could not be read (${event.message || 'the reader stopped'}).`));
      };
      const request: ImportReadRequest = existing
        ? { file, articles, existing, ...(keep && target ? { dbName: target.dbName } : {}) }
        : { file, articles };
      worker.postMessage(request);
    });
  } finally {
    if (!handedOver) worker.terminate();
  }
}

async function readHere(
  file: File,
  articles: KnownArticles,
  onProgress: (fraction: number) => void,
  existing: ExistingData | undefined,
): Promise<ReadImport> {
  const formats = await import('../domain/formats/import-entry');
  const { onRecordsChecked } = await import('../domain/formats/import-progress');
  const { readFileText, READ_SHARE } = await import('./import-read-text');
  const stop = onRecordsChecked((done, total) =>
    onProgress(READ_SHARE + (1 - READ_SHARE) * 0.95 * (total === 0 ? 1 : done / total)),
  );
  try {
    formats.checkImportSize(file.size);
    const content = formats.isBinaryImport(file.name)
      ? new Uint8Array(await file.arrayBuffer())
      : await readFileText(file, (read) => onProgress(READ_SHARE * read));
    const bundle = await formats.verifyDocuments(
      await formats.parseImportFile(file.name, content, articles),
    );
    onProgress(1);
    if (!existing) return { bundle };
    const plan = (mode: 'merge' | 'replace') =>
      formats.planImport(bundle, { articles, existing }, mode);
    return { bundle, plans: { merge: plan('merge'), replace: plan('replace') } };
  } finally {
    stop();
  }
}
