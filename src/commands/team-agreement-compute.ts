import type { TeamReport } from '../domain/agreement/team-types';
import type { TeamAgreementReply, TeamAgreementRequest } from './team-agreement-protocol';

/** How far the worker has come: comparing articles, or handing over the report's rows. */
export type ComputeProgress =
  | { step: 'comparing'; annotations: number; done: number; total: number }
  | { step: 'receiving'; done: number; total: number };

/**
 * Computes the team agreement report in a Web Worker, so that the page stays responsive and its
 * progress paints while a large study is compared. The report comes back in slices (the report,
 * then its per-article rows), each taken in on its own task; `onProgress` hears each step.
 * @throws Error with the computation's message
 */
export async function computeAgreementInWorker(
  request: TeamAgreementRequest,
  onProgress?: (progress: ComputeProgress) => void,
): Promise<TeamReport> {
  const worker = new Worker(new URL('./team-agreement.worker.ts', import.meta.url), {
    type: 'module',
    name: 'gloss-agreement',
  });
  try {
    return await new Promise<TeamReport>((resolve, reject) => {
      let report: TeamReport | null = null;
      let expected = 0;
      worker.onmessage = (event: MessageEvent<TeamAgreementReply>) => {
        const reply = event.data;
        if (reply.type === 'comparing') onProgress?.({ step: 'comparing', ...reply });
        else if (reply.type === 'report') {
          report = reply.report;
          expected = reply.articles;
          onProgress?.({ step: 'receiving', done: 0, total: expected });
        } else if (reply.type === 'articles' && report) {
          // Appended in place: copying a list of ten thousand rows per slice would be quadratic.
          for (const row of reply.rows) report.byArticle.push(row);
          onProgress?.({ step: 'receiving', done: report.byArticle.length, total: expected });
        } else if (reply.type === 'done' && report) resolve(report);
        else if (reply.type === 'error') reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'the agreement worker stopped'));
      };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
