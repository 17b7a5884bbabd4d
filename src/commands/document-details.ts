import { articlesRepo } from '../db';
import type { DocumentDetails } from '../domain/corpus-import/details';
import type { DocumentRecord } from '../domain/model';
import { runUndoable, type CommandResult } from './run';

function detailsOf(record: DocumentRecord): DocumentDetails {
  return {
    title: record.title,
    source: record.source,
    date: record.date,
    language: record.language,
    url: record.url ?? null,
    byline: record.byline,
  };
}

/** Saves a document's details; undoable, announced in a toast with Undo. */
export function saveDocumentDetails(
  id: string,
  details: DocumentDetails,
): Promise<CommandResult<{ before: DocumentRecord; after: DocumentRecord }>> {
  return runUndoable(
    {
      label: ({ after }) => `Edit details of “${after.title}”`,
      failure: 'Saving the details',
      apply: () => articlesRepo.updateDetails(id, details),
      undo: async ({ before }) => {
        await articlesRepo.updateDetails(id, detailsOf(before));
      },
      redo: () => articlesRepo.updateDetails(id, details),
      toast: ({ after }) => `Saved the details of “${after.title}”.`,
    },
    { report: 'caller' },
  );
}
