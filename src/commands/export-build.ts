import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';
import type {
  ExportBuildReply,
  ExportBuildRequest,
  ExportTextsAnswer,
  ExportedFile,
} from './export-build-protocol';

export type { ExportedFile } from './export-build-protocol';

/** A built export file and how many annotations it holds. */
export interface SavedExport {
  file: ExportedFile;
  count: number;
}

/** Runs one request in a fresh export worker; `texts` answers its request for article texts. */
async function inWorker(
  request: ExportBuildRequest,
  options: BuildOptions,
  texts: (ids: string[]) => Promise<ExportTextsAnswer['texts']> = () => Promise.resolve([]),
): Promise<SavedExport> {
  const worker = new Worker(new URL('./export-build.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-export',
  });
  try {
    return await new Promise<SavedExport>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExportBuildReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
        else if (reply.type === 'texts')
          texts(reply.ids).then(
            (answer) =>
              worker.postMessage({ type: 'texts', texts: answer } satisfies ExportTextsAnswer),
            reject,
          );
        else if (reply.type === 'done') resolve({ file: reply.file, count: reply.count });
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(
          new Error(`The file could not be built (${event.message || 'the worker stopped'}).`),
        );
      };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * Builds one export file in a Web Worker, so that a large export never holds the page and its
 * progress bar paints as the file grows; `onProgress` hears done of total. Where workers are
 * missing (tests, old browsers) the file is built here, in one go.
 * @throws Error with the exporter's message
 */
export async function buildExportFile(
  kind: ExportKind,
  input: ExportInput,
  options: BuildOptions = {},
): Promise<ExportedFile> {
  if (typeof Worker === 'undefined') {
    const { buildExport } = await import('../domain/formats/export-entry');
    return buildExport(kind, input, options) satisfies BuiltExport;
  }
  const request: ExportBuildRequest = {
    type: 'build',
    kind,
    input,
    ...(options.markdown ? { markdown: options.markdown } : {}),
  };
  return (await inWorker(request, options)).file;
}

/**
 * Reads what an export holds from the database named in `read` and builds the file, both in
 * the export worker; `texts` answers its request for the named articles' texts. See
 * exportFromDatabase (transfer.ts), which chooses this where it can.
 * @throws Error with the exporter's message
 */
export function readAndBuildInWorker(
  kind: ExportKind,
  read: Extract<ExportBuildRequest, { read: unknown }>['read'],
  options: BuildOptions,
  texts: (ids: string[]) => Promise<ExportTextsAnswer['texts']>,
): Promise<SavedExport> {
  const request: ExportBuildRequest = {
    type: 'build',
    kind,
    read,
    ...(options.markdown ? { markdown: options.markdown } : {}),
  };
  return inWorker(request, options, texts);
}
