/**
 * The export worker: reads what an export writes from the database (its own connection) and
 * builds the file off the main thread, telling how far it has come, so the page stays free to
 * paint the progress bar (docs/architecture.md "Persistence"). Article texts come from the page,
 * which holds the corpus. Started by export-build.ts; it writes nothing.
 */
import { GlossDB } from '../db/gloss-db';
import { createTransferRepo } from '../db/transfer-repo';
import type { Article, ArticleWithText } from '../domain/corpus/types';
import { errorMessage } from '../domain/error-message';
import { buildExport, type BuildOptions } from '../domain/formats/export-entry';
import type { ExportKind } from '../domain/formats/file-name';
import type { ExportInput } from '../domain/formats/types';
import type { ExportBuildReply, ExportBuildRequest } from './export-build-protocol';
import { exportInputFrom } from './export-input';

const post = (reply: ExportBuildReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

let textsArrived: ((articles: ArticleWithText[]) => void) | null = null;

/** Asks the page for the texts of `named` and waits for them. */
function textsFromPage(named: Article[]): Promise<ArticleWithText[]> {
  return new Promise((resolve) => {
    textsArrived = resolve;
    post({ type: 'need-texts', ids: named.map((a) => a.id) });
  });
}

function build(kind: ExportKind, input: ExportInput, markdown: BuildOptions['markdown']) {
  const file = buildExport(kind, input, {
    ...(markdown ? { markdown } : {}),
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post(
    { type: 'done', file, count: input.annotations.length },
    typeof file.content === 'string' ? [] : [file.content.buffer as ArrayBuffer],
  );
}

async function gather(request: Extract<ExportBuildRequest, { type: 'gather' }>) {
  const db = new GlossDB(request.dbName);
  try {
    await db.open();
    const snapshot = await createTransferRepo(db).snapshot();
    return await exportInputFrom(snapshot, request.articles, request.filter, textsFromPage);
  } finally {
    db.close();
  }
}

self.onmessage = async (event: MessageEvent<ExportBuildRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'texts') textsArrived?.(request.articles);
    else if (request.type === 'build') build(request.kind, request.input, request.markdown);
    else build(request.kind, await gather(request), request.markdown);
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  }
};
