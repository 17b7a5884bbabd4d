import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';
import type { ExportBuildReply, ExportBuildRequest } from './export-build-protocol';

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
): Promise<BuiltExport> {
  if (typeof Worker === 'undefined') {
    const { buildExport } = await import('../domain/formats/export-entry');
    return buildExport(kind, input, options);
  }
  const worker = new Worker(new URL('./export-build.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-export',
  });
  try {
    return await new Promise<BuiltExport>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExportBuildReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
        else if (reply.type === 'done') resolve(reply.file);
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(
          new Error(`The file could not be built (${event.message || 'the worker stopped'}).`),
        );
      };
      worker.postMessage({
        kind,
        input,
        ...(options.markdown ? { markdown: options.markdown } : {}),
      } satisfies ExportBuildRequest);
    });
  } finally {
    worker.terminate();
  }
}
