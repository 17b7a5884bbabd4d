import { exportCodebookCsv } from './codebook-csv-export';
import { exportCsv } from './csv';
import { exportDoccano } from './doccano-export';
import { orderExport } from './export-order';
import { exportFileName, type ExportKind } from './file-name';
import { exportMarkdown, type MarkdownOptions } from './markdown';
import { exportNative } from './native-export';
import { exportRefiCodebook } from './refi-codebook-export';
import { exportQdpx } from './refi-qdpx';
import type { ExportInput } from './types';
import { exportW3C } from './w3c-export';

export interface BuiltExport {
  fileName: string;
  /** Text, or bytes for a zip (.qdpx). */
  content: string | Uint8Array;
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
    case 'csv-semicolon':
      return { fileName, content: exportCsv(input, ';'), type: 'text/csv;charset=utf-8' };
    case 'refi':
      return { fileName, content: exportQdpx(input), type: 'application/zip' };
    case 'refi-codebook':
      return { fileName, content: exportRefiCodebook(input.tags), type: 'application/xml' };
    case 'codebook-csv':
      return {
        fileName,
        content: exportCodebookCsv(input.tags, input.annotations),
        type: 'text/csv;charset=utf-8',
      };
    case 'markdown':
      return {
        fileName,
        content: exportMarkdown(input, options.markdown),
        type: 'text/markdown;charset=utf-8',
      };
  }
}
