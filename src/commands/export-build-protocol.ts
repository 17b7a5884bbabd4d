import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';

/** What the page sends the export worker. */
export interface ExportBuildRequest {
  kind: ExportKind;
  input: ExportInput;
  markdown?: BuildOptions['markdown'];
}

/** What the export worker answers: progress (done of total) until the file or an error. */
export type ExportBuildReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; file: BuiltExport }
  | { type: 'error'; message: string };
