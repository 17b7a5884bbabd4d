import type { TeamAgreementInput } from '../domain/agreement/team-report';
import type { TeamReport } from '../domain/agreement/team-types';

/** What the page sends the agreement worker: the layers, articles, codebook and sets. */
export type TeamAgreementRequest = TeamAgreementInput;

/** What the agreement worker answers: the report, or why it failed. */
export type TeamAgreementReply =
  { type: 'done'; report: TeamReport } | { type: 'error'; message: string };
