/**
 * The import worker: reads an import file, parses and validates it completely and checks its
 * documents, and plans it against the local data when given, off the main thread, telling how
 * far it has come (docs/architecture.md "Persistence").
 * Started by import-read.ts; it writes nothing.
 */
import { errorMessage } from '../domain/error-message';
import {
  checkImportSize,
  isBinaryImport,
  parseImportFile,
  planImport,
  verifyDocuments,
} from '../domain/formats/import-entry';
import { onRecordsChecked } from '../domain/formats/import-progress';
import type { ImportReadReply, ImportReadRequest } from './import-read-protocol';
import { readFileText, READ_SHARE } from './import-read-text';

const post = (reply: ImportReadReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportReadRequest>) => {
  const { file, articles, existing } = event.data;
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
      : await readFileText(file, (read) => progress(READ_SHARE * read));
    const bundle = await verifyDocuments(await parseImportFile(file.name, content, articles));
    // Planning (matching articles, re-anchoring, comparing with local records) runs here too,
    // so the page gets the plans ready to show and to write.
    const plans = existing
      ? {
          merge: planImport(bundle, { articles, existing }, 'merge'),
          replace: planImport(bundle, { articles, existing }, 'replace'),
        }
      : undefined;
    progress(1);
    post(plans ? { type: 'done', bundle, plans } : { type: 'done', bundle });
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  } finally {
    stop();
  }
};
