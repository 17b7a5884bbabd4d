/**
 * The export worker: builds one export file off the main thread, telling how far it has come,
 * so the page stays free to paint the progress bar (docs/architecture.md "Formats"). Started by
 * export-build.ts. Given `read`, it opens the app's database itself and reads the records there
 * (reading and copying 50,000 annotations on the page would hold it for seconds); the page only
 * sends the texts of the articles the export names. The file goes back as a Blob, so the page
 * neither copies nor encodes it.
 */
import { GlossDB } from '../db/gloss-db';
import { createTransferRepo } from '../db/transfer-repo';
import { errorMessage } from '../domain/error-message';
import { buildExport } from '../domain/formats/export-entry';
import type { ExportInput } from '../domain/formats/types';
import type {
  ExportBuildReply,
  ExportBuildRequest,
  ExportTextsAnswer,
} from './export-build-protocol';
import { pickExport } from './export-gather';

const post = (reply: ExportBuildReply) => (self as unknown as Worker).postMessage(reply);

let answerTexts: ((texts: ExportTextsAnswer['texts']) => void) | null = null;

/** Reads the records in this worker and asks the page for the named articles' texts. */
async function readInput(
  read: Extract<ExportBuildRequest, { read: unknown }>['read'],
): Promise<ExportInput> {
  const db = new GlossDB(read.dbName);
  try {
    await db.open();
    const snapshot = await createTransferRepo(db).snapshot();
    const { records, named } = await pickExport(snapshot, read.articles, read.filter);
    const texts = new Map(
      await new Promise<ExportTextsAnswer['texts']>((resolve) => {
        answerTexts = resolve;
        post({ type: 'texts', ids: named.map((a) => a.id) });
      }),
    );
    return { articles: named.map((a) => ({ ...a, text: texts.get(a.id) ?? '' })), ...records };
  } finally {
    db.close();
  }
}

async function build(request: ExportBuildRequest): Promise<void> {
  const input = 'input' in request ? request.input : await readInput(request.read);
  const file = buildExport(request.kind, input, {
    ...(request.markdown ? { markdown: request.markdown } : {}),
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  const content = new Blob([file.content as BlobPart], { type: file.type });
  post({ type: 'done', file: { ...file, content }, count: input.annotations.length });
}

self.onmessage = (event: MessageEvent<ExportBuildRequest | ExportTextsAnswer>) => {
  const message = event.data;
  if (message.type === 'texts') {
    answerTexts?.(message.texts);
    answerTexts = null;
    return;
  }
  build(message).catch((error: unknown) => post({ type: 'error', message: errorMessage(error) }));
};
