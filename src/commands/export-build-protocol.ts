import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Article } from '../domain/corpus/types';
import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';

/**
 * What the page asks the export worker to build: from records the page gathered (`input`), or
 * from the database the worker reads itself (`read`: its name, the articles this device knows
 * without their texts, and the All annotations filters), so that tens of thousands of records
 * are neither read nor copied on the page.
 */
export type ExportBuildRequest = {
  type: 'build';
  kind: ExportKind;
  markdown?: BuildOptions['markdown'];
} & (
  | { input: ExportInput }
  | { read: { dbName: string; articles: Article[]; filter?: AnnotationFilters } }
);

/** The page's answer to a `texts` reply: each named article's text, by id. */
export interface ExportTextsAnswer {
  type: 'texts';
  texts: [id: string, text: string][];
}

/** The file as the worker hands it over: its text or bytes, or a Blob built there. */
export interface ExportedFile extends Omit<BuiltExport, 'content'> {
  content: BuiltExport['content'] | Blob;
}

/**
 * What the export worker answers: progress (done of total); when it reads the database itself,
 * the ids of the articles whose texts it needs; then the file, with how many annotations it
 * holds, or an error.
 */
export type ExportBuildReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'texts'; ids: string[] }
  | { type: 'done'; file: ExportedFile; count: number }
  | { type: 'error'; message: string };
