/**
 * The export worker: builds one export file off the main thread, telling how far it has come,
 * so the page stays free to paint the progress bar (docs/architecture.md "Formats"). Started by
 * export-build.ts; it reads nothing itself.
 */
import { errorMessage } from '../domain/error-message';
import { buildExport } from '../domain/formats/export-entry';
import type { ExportBuildReply, ExportBuildRequest } from './export-build-protocol';

const post = (reply: ExportBuildReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<ExportBuildRequest>) => {
  const { kind, input, markdown } = event.data;
  try {
    const file = buildExport(kind, input, {
      ...(markdown ? { markdown } : {}),
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post(
      { type: 'done', file },
      typeof file.content === 'string' ? [] : [file.content.buffer as ArrayBuffer],
    );
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  }
};
