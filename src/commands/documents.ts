import { isBlankText } from '../domain/text/invisible';
import { articlesRepo, type RemovedArticle } from '../db';
import {
  DocumentFileError,
  buildUserDocument,
  decodeUploadedFile,
  newDocumentId,
  pastedTextProblem,
  uploadProblem,
} from '../domain/corpus';
import { errorMessage } from '../domain/error-message';
import type { ImportDraft } from '../domain/corpus-import/draft';
import type { DocumentRecord } from '../domain/model';
import { useAppStore } from '../store';
import { runUndoable, type CommandResult } from './run';

/** What the "Add document" dialog hands over: pasted text and chosen files. */
export interface NewDocumentsInput {
  text: string;
  files: readonly File[];
  /** Pasted text is a web page's HTML: add the article Readability finds in it. */
  pastedHtml?: boolean;
}

export type AddDocumentsResult =
  | { ok: true; added: DocumentRecord[] }
  /** Nothing was added; each problem is a sentence for the user, naming the file. */
  | { ok: false; problems: string[] };

interface Draft {
  text: string;
  fileName: string | null;
  /** A pasted web page's article, with what the page told (title, outlet, date, URL…). */
  page?: ImportDraft;
}

/** The article in a pasted web page, or why there is none. */
async function readPastedPage(html: string): Promise<Draft | string> {
  // Readability loads only when a page is pasted.
  const { htmlArticle } = await import('../domain/corpus-import/html-article');
  const page = htmlArticle(new DOMParser().parseFromString(html, 'text/html'), 'pasted.html');
  if (page === null)
    return 'The pasted HTML holds no readable article text; paste the text itself instead.';
  const problem = pastedTextProblem(page.text);
  return problem ?? { text: page.text, fileName: 'pasted.html', page };
}

/** Reads one file into a draft, or says why it cannot be a document. */
async function readFile(file: File): Promise<Draft | string> {
  // Judged by name and size first, so a huge or foreign file is never read.
  const early = uploadProblem(file.name, file.size);
  if (early !== null) return early;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { text: decodeUploadedFile(bytes, file.name), fileName: file.name };
  } catch (error) {
    if (error instanceof DocumentFileError) return error.message;
    return `${file.name} could not be read: ${errorMessage(error)}`;
  }
}

async function validateAndAdd({
  text,
  files,
  pastedHtml = false,
}: NewDocumentsInput): Promise<AddDocumentsResult> {
  const drafts: Draft[] = [];
  const problems: string[] = [];
  if (!isBlankText(text)) {
    const problem = pastedTextProblem(text);
    if (problem !== null) problems.push(problem);
    else if (!pastedHtml) drafts.push({ text, fileName: null });
    else {
      const page = await readPastedPage(text);
      if (typeof page === 'string') problems.push(page);
      else drafts.push(page);
    }
  }
  for (const read of await Promise.all(files.map(readFile))) {
    if (typeof read === 'string') problems.push(read);
    else drafts.push(read);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (drafts.length === 0)
    return { ok: false, problems: ['Paste some text or choose files to add.'] };
  try {
    const now = Date.now();
    // A millisecond apart, so that the library keeps them in the order they were chosen.
    const documents = await Promise.all(
      drafts.map(async (draft, index) => {
        const at = new Date(now + index);
        if (!draft.page) return buildUserDocument(draft.text, draft.fileName, at, newDocumentId());
        const { buildImportedDocument } = await import('../domain/corpus-import/build-document');
        return buildImportedDocument(draft.page, at, newDocumentId());
      }),
    );
    return { ok: true, added: await articlesRepo.addMany(documents) };
  } catch (error) {
    return { ok: false, problems: [errorMessage(error)] };
  }
}

/** Adds pasted text and files as documents: all of them, or none when any is refused. */
export async function addDocuments(input: NewDocumentsInput): Promise<AddDocumentsResult> {
  const result = await validateAndAdd(input);
  if (result.ok) {
    const [first] = result.added;
    const message =
      result.added.length === 1 && first
        ? `Added “${first.title}”.`
        : `Added ${result.added.length} documents.`;
    useAppStore.getState().showToast({ tone: 'info', message });
  }
  return result;
}

/** "Deleted “Title” and 3 annotations." */
function deletedMessage(removed: RemovedArticle): string {
  const count = removed.annotationCount;
  const also = count === 0 ? '' : ` and ${count} ${count === 1 ? 'annotation' : 'annotations'}`;
  return `Deleted “${removed.article.title}”${also}.`;
}

/**
 * Deletes a document with its annotations and memo, saying so in a toast with Undo; undo puts
 * all of it back, its place in every set included.
 */
export function removeDocument(id: string): Promise<CommandResult<RemovedArticle>> {
  return runUndoable(
    {
      label: (removed) => `Delete “${removed.article.title}”`,
      failure: 'Deleting the document',
      apply: () => articlesRepo.remove(id),
      undo: (removed) => articlesRepo.restore(removed),
      redo: () => articlesRepo.remove(id),
      toast: deletedMessage,
    },
    { report: 'caller' },
  );
}
