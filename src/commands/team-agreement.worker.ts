/**
 * The agreement worker: computes the team agreement report off the main thread, so that a
 * hundred thousand annotations never hold the page (docs/architecture.md "Views at scale").
 * Started by team-agreement.ts with what it read; it reads nothing itself.
 */
import { computeTeamAgreement } from '../domain/agreement/team-report';
import { errorMessage } from '../domain/error-message';
import type { TeamAgreementReply, TeamAgreementRequest } from './team-agreement-protocol';

const post = (reply: TeamAgreementReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<TeamAgreementRequest>) => {
  try {
    post({ type: 'done', report: computeTeamAgreement(event.data) });
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  }
};
