import type { AnnotationFilters } from '../domain/annotations/filter';
import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportBuildReply, ExportBuildRequest } from './export-build-protocol';

/** Options of {@link exportFile}. */
export interface ExportFileOptions {
  filter?: AnnotationFilters | undefined;
  markdown?: BuildOptions['markdown'];
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds one export file. With IndexedDB (`dbName`, the app database's name) and workers, a Web Worker reads the records and builds
 * the file, so a large export never holds the page and its progress bar paints as the file
 * grows; the page hands it only the library and the texts it asks for. Otherwise (the memory
 * database, tests) the page reads and builds the file itself, in one go.
 * @throws Error with the exporter's message
 */
export async function exportFile(
  kind: ExportKind,
  dbName: string | null,
  options: ExportFileOptions = {},
): Promise<{ file: BuiltExport; count: number }> {
  const markdown = options.markdown ? { markdown: options.markdown } : {};
  const { gatherExport, listArticles, withTexts } = await import('./transfer');
  if (typeof Worker === 'undefined' || dbName === null) {
    const [{ buildExport }, input] = await Promise.all([
      import('../domain/formats/export-entry'),
      gatherExport(options.filter),
    ]);
    const built = buildExport(kind, input, {
      ...markdown,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { file: built, count: input.annotations.length };
  }
  const articles = await listArticles();
  const worker = new Worker(new URL('./export-build.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-export',
  });
  const send = (request: ExportBuildRequest) => worker.postMessage(request);
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExportBuildReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
        else if (reply.type === 'need-texts') {
          const ids = new Set(reply.ids);
          withTexts(articles.filter((a) => ids.has(a.id))).then(
            (texts) => send({ type: 'texts', articles: texts }),
            reject,
          );
        } else if (reply.type === 'done') resolve({ file: reply.file, count: reply.count });
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(
          new Error(`The file could not be built (${event.message || 'the worker stopped'}).`),
        );
      };
      send({
        type: 'gather',
        kind,
        dbName,
        articles,
        ...(options.filter ? { filter: options.filter } : {}),
        ...markdown,
      });
    });
  } finally {
    worker.terminate();
  }
}
