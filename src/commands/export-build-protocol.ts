import type { AnnotationFilters } from '../domain/annotations/filter';
import type { Article, ArticleWithText } from '../domain/corpus/types';
import type { BuildOptions, BuiltExport } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';

/**
 * What the page sends the export worker: what to export (`build`), or where to read it
 * (`gather`: the worker reads the database itself and asks for the texts it needs), then the
 * texts asked for.
 */
export type ExportBuildRequest =
  | { type: 'build'; kind: ExportKind; input: ExportInput; markdown?: BuildOptions['markdown'] }
  | {
      type: 'gather';
      kind: ExportKind;
      dbName: string;
      articles: Article[];
      filter?: AnnotationFilters;
      markdown?: BuildOptions['markdown'];
    }
  | { type: 'texts'; articles: ArticleWithText[] };

/** What the export worker answers: texts it needs, progress (done of total), the file or an error. */
export type ExportBuildReply =
  | { type: 'need-texts'; ids: string[] }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; file: BuiltExport; count: number }
  | { type: 'error'; message: string };
