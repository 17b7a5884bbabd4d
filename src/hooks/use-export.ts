import { useCallback, useState } from 'react';
import type { AnnotationFilters } from '../domain/annotations/filter';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportedFile } from '../commands/export-build';
import { exportFromDatabase } from '../commands/transfer';

export type ExportState =
  | { step: 'idle' }
  | { step: 'working'; kind: ExportKind; done: number; total: number }
  | { step: 'done'; kind: ExportKind; fileName: string; count: number }
  | { step: 'error'; kind: ExportKind; message: string };

/** Builds export files on demand (the format code is loaded lazily) and hands them to `save`. */
export function useExport(save: (file: ExportedFile) => void) {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const run = useCallback(
    async (
      kind: ExportKind,
      options: { filter?: AnnotationFilters | undefined; groupBy?: 'article' | 'tag' } = {},
    ) => {
      setState({ step: 'working', kind, done: 0, total: 0 });
      try {
        // Read and built in a worker: the page paints the progress bar while the file grows.
        const { file, count } = await exportFromDatabase(kind, options.filter, {
          markdown: { groupBy: options.groupBy ?? 'article' },
          onProgress: (done, total) => setState({ step: 'working', kind, done, total }),
        });
        save(file);
        setState({ step: 'done', kind, fileName: file.fileName, count });
      } catch (error) {
        setState({
          step: 'error',
          kind,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [save],
  );
  return { state, run };
}
