/**
 * The import worker: reads an import file, parses and validates it completely and checks its
 * documents, and plans it against the local data when given, off the main thread, telling how
 * far it has come (docs/architecture.md "Persistence"). Started by import-read.ts.
 * Given a database name it keeps the plans and, when the user chooses Merge or Replace, writes
 * the chosen plan itself, in the same chunks and with the same journal as the page would
 * (writeImportInChunks), so the page only shows the progress.
 */
import type { GlossDB } from '../db/gloss-db';
import type { ImportBasis } from '../db/import-basis';
import type { Coder } from '../domain/coders/coder';
import { errorMessage } from '../domain/error-message';
import {
  checkImportSize,
  isBinaryImport,
  parseImportFile,
  planImport,
  verifyDocuments,
} from '../domain/formats/import-entry';
import { onRecordsChecked } from '../domain/formats/import-progress';
import type {
  ImportPlans,
  ImportReadReply,
  ImportReadRequest,
  ImportWriteRequest,
} from './import-read-protocol';
import { readFileText, READ_SHARE } from './import-read-text';

const post = (reply: ImportReadReply) => (self as unknown as Worker).postMessage(reply);

/** What a write needs, kept after the preview when the page asked for it. */
let kept: { dbName: string; plans: ImportPlans; basis: ImportBasis; coders: Coder[] } | null = null;

async function read(request: ImportReadRequest): Promise<void> {
  const { file, articles, existing, dbName } = request;
  let reported = -1;
  const progress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent <= reported) return;
    reported = percent;
    post({ type: 'progress', fraction });
  };
  const stop = onRecordsChecked((done, total) =>
    progress(READ_SHARE + (1 - READ_SHARE) * 0.95 * (total === 0 ? 1 : done / total)),
  );
  try {
    checkImportSize(file.size);
    const content = isBinaryImport(file.name)
      ? new Uint8Array(await file.arrayBuffer())
      : await readFileText(file, (fraction) => progress(READ_SHARE * fraction));
    const bundle = await verifyDocuments(await parseImportFile(file.name, content, articles));
    // Planning (matching articles, re-anchoring, comparing with local records) runs here too,
    // so the page gets the plans ready to show and to write.
    const plans = existing
      ? {
          merge: planImport(bundle, { articles, existing }, 'merge'),
          replace: planImport(bundle, { articles, existing }, 'replace'),
        }
      : undefined;
    if (plans && existing && dbName !== undefined)
      kept = {
        dbName,
        plans,
        basis: {
          annotations: existing.annotations,
          tags: existing.tags,
          memos: existing.memos,
          documents: existing.documents ?? [],
          overrides: existing.overrides ?? [],
          sets: existing.sets ?? [],
        },
        coders: bundle.coders ?? [],
      };
    progress(1);
    post(plans ? { type: 'done', bundle, plans } : { type: 'done', bundle });
  } finally {
    stop();
  }
}

async function write({ mode }: ImportWriteRequest): Promise<void> {
  if (!kept) throw new Error('This preview can no longer be written; choose the file again.');
  const { dbName, plans, basis, coders } = kept;
  kept = null;
  const [{ GlossDB }, { writeImportInChunks }] = await Promise.all([
    import('../db/gloss-db'),
    import('../db/import-batch'),
  ]);
  const db: GlossDB = new GlossDB(dbName);
  try {
    await db.open();
    const result = await writeImportInChunks(db, plans[mode], basis, coders, {
      onProgress: (fraction) => post({ type: 'write-progress', fraction }),
    });
    post({ type: 'written', result });
  } finally {
    db.close();
  }
}

const isWrite = (message: ImportReadRequest | ImportWriteRequest): message is ImportWriteRequest =>
  'type' in message && message.type === 'write';

self.onmessage = (event: MessageEvent<ImportReadRequest | ImportWriteRequest>) => {
  const message = event.data;
  const job = isWrite(message) ? write(message) : read(message);
  job.catch((error: unknown) => post({ type: 'error', message: errorMessage(error) }));
};
