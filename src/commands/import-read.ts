import type { ExistingData } from '../domain/formats/plan-types';
import type { ImportBundle, KnownArticles } from '../domain/formats/types';
import type { ImportPlans, ImportReadReply, ImportReadRequest } from './import-read-protocol';

/** A file read and checked, with its merge and replace plans when `existing` was given. */
export interface ReadImport {
  bundle: ImportBundle;
  plans?: ImportPlans;
}

/**
 * Reads, parses and validates an import file completely in a Web Worker, and plans it against
 * `existing` when given, so a 20 MB file never holds the page, calling `onProgress` with the
 * fraction done (0…1) as it goes. Where workers are missing (tests, old browsers) the same
 * steps run here, with the same progress.
 * @throws Error with the importer's message (what is wrong and where)
 */
export async function readImportFile(
  file: File,
  articles: KnownArticles,
  onProgress: (fraction: number) => void,
  existing?: ExistingData,
): Promise<ReadImport> {
  if (typeof Worker === 'undefined') return readHere(file, articles, onProgress, existing);
  const worker = new Worker(new URL('./import-read.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-import',
  });
  try {
    return await new Promise<ReadImport>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportReadReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'done')
          resolve(
            reply.plans ? { bundle: reply.bundle, plans: reply.plans } : { bundle: reply.bundle },
          );
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(`The file could not be read (${event.message || 'the reader stopped'}).`));
      };
      worker.postMessage(
        (existing ? { file, articles, existing } : { file, articles }) satisfies ImportReadRequest,
      );
    });
  } finally {
    worker.terminate();
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
