import type { TeamAgreementInput } from '../domain/agreement/team-report';
import type { TeamReport } from '../domain/agreement/team-types';
import type { ArticleWithText } from '../domain/corpus/types';

/**
 * What the page sends the agreement worker: where to read the layers (the app's database, the
 * chosen coders and the bundled articles with their texts), or, for a database the worker
 * cannot open (memory mode), the input itself.
 */
export type TeamAgreementRequest =
  | { read: { dbName: string; coderIds: string[]; bundled: ArticleWithText[] } }
  | { input: TeamAgreementInput };

/** How many per-article rows go in one message: each message is taken in on its own task. */
export const ARTICLE_ROWS_PER_MESSAGE = 500;

/**
 * What the agreement worker answers, in order: stages while it reads and compares; the report
 * without its per-article rows; those rows in slices; done. Or why it failed.
 */
export type TeamAgreementReply =
  | { type: 'comparing'; annotations: number; done: number; total: number }
  | { type: 'report'; report: TeamReport; articles: number }
  | { type: 'articles'; rows: TeamReport['byArticle'] }
  | { type: 'done' }
  | { type: 'error'; message: string };
