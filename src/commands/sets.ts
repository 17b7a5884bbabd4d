import { setsRepo } from '../db/sets-repo';
import type { ArticleSet } from '../domain/model';
import { runUndoable, type CommandResult } from './run';

function articlesWord(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}`;
}

/** Where "Add to set…" puts articles: a set that exists, or a new one by name. */
export type SetChoice = { setId: string } | { name: string };

/** Adds articles to a set, creating it when it is new; undoable, with a toast. */
export async function addToSet(
  articleIds: readonly string[],
  choice: SetChoice,
): Promise<CommandResult<{ set: ArticleSet; added: string[]; created: boolean }>> {
  const count = articlesWord(articleIds.length);
  return runUndoable(
    {
      label: `Add ${count} to a set`,
      failure: 'Adding to the set',
      apply: async () => {
        if ('name' in choice) {
          const set = await setsRepo.create(choice.name, articleIds);
          return { set, added: set.articleIds, created: true };
        }
        const added = await setsRepo.addArticles(choice.setId, articleIds);
        const set = (await setsRepo.list()).find((s) => s.id === choice.setId);
        if (!set) throw new Error('The set was deleted meanwhile.');
        return { set, added, created: false };
      },
      undo: async ({ set, added, created }) => {
        if (created) await setsRepo.remove(set.id);
        else await setsRepo.removeArticles(set.id, added);
      },
      redo: async ({ set, added, created }) => {
        if (created) await setsRepo.restore(set);
        else await setsRepo.addArticles(set.id, added);
      },
      toast: ({ set, added }) =>
        `Added ${articlesWord(added.length)} to “${set.name}”${added.length < articleIds.length ? ` (${articlesWord(articleIds.length - added.length)} already in it)` : ''}.`,
    },
    { report: 'caller' },
  );
}

/** Deletes a set (its articles stay in the library); undoable, with a toast. */
export function deleteSet(setId: string): Promise<CommandResult<ArticleSet>> {
  return runUndoable(
    {
      label: (set) => `Delete the set “${set.name}”`,
      failure: 'Deleting the set',
      apply: () => setsRepo.remove(setId),
      undo: (set) => setsRepo.restore(set),
      redo: async (set) => {
        await setsRepo.remove(set.id);
      },
      toast: (set) => `Deleted the set “${set.name}”.`,
    },
    { report: 'caller' },
  );
}
