/**
 * The agreement worker: reads the chosen layers, the codebook and the texts from the app's
 * database itself and computes the team agreement report off the main thread, so that a hundred
 * thousand annotations over ten thousand articles never hold the page (docs/architecture.md
 * "Views at scale"). It tells how far it has come and sends the report back in slices, so that
 * no message takes the page long to take in. Started by team-agreement-compute.ts.
 */
import { GlossDB } from '../db/gloss-db';
import { computeTeamAgreement } from '../domain/agreement/team-report';
import { errorMessage } from '../domain/error-message';
import {
  ARTICLE_ROWS_PER_MESSAGE,
  type TeamAgreementReply,
  type TeamAgreementRequest,
} from './team-agreement-protocol';
import { readAgreementInput, type AgreementRead } from './team-agreement-read';

const post = (reply: TeamAgreementReply) => (self as unknown as Worker).postMessage(reply);

async function read(request: TeamAgreementRequest): Promise<AgreementRead> {
  if ('input' in request)
    return {
      input: request.input,
      annotations: request.input.coders.reduce((sum, c) => sum + c.annotations.length, 0),
    };
  const db = new GlossDB(request.read.dbName);
  try {
    await db.open();
    return await readAgreementInput(db, request.read.coderIds, request.read.bundled);
  } finally {
    db.close();
  }
}

async function answer(request: TeamAgreementRequest): Promise<void> {
  const { input, annotations } = await read(request);
  const report = computeTeamAgreement(input, (done, total) =>
    post({ type: 'comparing', annotations, done, total }),
  );
  post({ type: 'report', report: { ...report, byArticle: [] }, articles: report.byArticle.length });
  for (let i = 0; i < report.byArticle.length; i += ARTICLE_ROWS_PER_MESSAGE)
    post({ type: 'articles', rows: report.byArticle.slice(i, i + ARTICLE_ROWS_PER_MESSAGE) });
  post({ type: 'done' });
}

self.onmessage = (event: MessageEvent<TeamAgreementRequest>) => {
  answer(event.data).catch((error: unknown) =>
    post({ type: 'error', message: errorMessage(error) }),
  );
};
