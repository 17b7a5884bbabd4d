import { getDb } from '../db/db';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';
import { listArticles, withTexts } from './corpus';
import type {
  ExportBuildReply,
  ExportBuildRequest,
  ExportTextsAnswer,
  ExportedFile,
} from './export-build-protocol';
import { gatherExport } from './transfer';

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
 * Exports what the database holds (all of it, or what `filter` picks). Where the app's data is
 * in IndexedDB and workers exist, the export worker reads the records itself and builds the
 * file there: the page sends only the list of articles and their texts, and gets a Blob back,
 * so neither the read nor the copy of tens of thousands of records holds it. Otherwise (memory
 * mode, tests) the records are gathered here and built as buildExportFile does.
 * @throws Error with the exporter's message
 */
export async function exportFromDatabase(
  kind: ExportKind,
  filter: AnnotationFilters | undefined,
  options: BuildOptions = {},
): Promise<SavedExport> {
  const db = getDb();
  if (typeof Worker === 'undefined' || db.storageMode !== 'indexeddb') {
    const input = await gatherExport(filter);
    return { file: await buildExportFile(kind, input, options), count: input.annotations.length };
  }
  const articles = await listArticles();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const request: ExportBuildRequest = {
    type: 'build',
    kind,
    read: { dbName: db.name, articles, ...(filter ? { filter } : {}) },
    ...(options.markdown ? { markdown: options.markdown } : {}),
  };
  return inWorker(request, options, async (ids) =>
    (await withTexts(ids.flatMap((id) => byId.get(id) ?? []))).map((a): [string, string] => [
      a.id,
      a.text,
    ]),
  );
}
