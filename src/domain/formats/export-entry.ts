import { exportCsv } from './csv';
import { exportDoccano } from './doccano-export';
import { orderExport } from './export-order';
import { exportFileName, type ExportKind } from './file-name';
import { exportMarkdown, type MarkdownOptions } from './markdown';
import { exportNative } from './native-export';
import type { ExportInput } from './types';
import { exportW3C } from './w3c-export';

export interface BuiltExport {
  fileName: string;
  content: string;
  type: string;
}

export interface BuildOptions {
  markdown?: MarkdownOptions;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds one export file, in reading order (see orderExport). The one module the export UI
 * loads lazily. The two Markdown groupings are named apart, so one does not replace the other.
 */
export function buildExport(
  kind: ExportKind,
  given: ExportInput,
  options: BuildOptions = {},
): BuiltExport {
  const input = orderExport(given, kind === 'native');
  const fileName =
    kind === 'markdown'
      ? exportFileName(
          `markdown-by-${options.markdown?.groupBy ?? 'article'}`,
          input.exportedAt,
          'md',
        )
      : exportFileName(kind, input.exportedAt);
  switch (kind) {
    case 'native':
      return { fileName, content: exportNative(input), type: 'application/json' };
    case 'w3c':
      return {
        fileName,
        content: exportW3C(input, options.onProgress ? { onProgress: options.onProgress } : {}),
        type: 'application/ld+json',
      };
    case 'doccano':
      return { fileName, content: exportDoccano(input), type: 'application/jsonl' };
    case 'csv':
      return { fileName, content: exportCsv(input), type: 'text/csv;charset=utf-8' };
    case 'markdown':
      return {
        fileName,
        content: exportMarkdown(input, options.markdown),
        type: 'text/markdown;charset=utf-8',
      };
  }
}
