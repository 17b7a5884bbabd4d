import {
  detailsRepo,
  type DetailsBefore,
  type DetailsChange,
  type DetailsTarget,
} from '../db/details-repo';
import type { Article } from '../domain/corpus/types';
import { runUndoable, type CommandResult } from './run';

const FIELD_NAMES: Record<keyof DetailsChange, string> = {
  title: 'title',
  source: 'outlet',
  date: 'date',
  language: 'language',
  url: 'URL',
  byline: 'author',
};

function describe(change: DetailsChange): string {
  const names = (Object.keys(change) as (keyof DetailsChange)[]).map((key) => FIELD_NAMES[key]);
  return names.length === 1 ? (names[0] as string) : 'details';
}

function articlesWord(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}`;
}

/**
 * Sets the same details on many articles at once ("set the outlet of 40 articles"): the user's
 * documents change in place, bundled articles get overrides (their texts are never touched).
 * One transaction; undoable, announced in a toast with Undo.
 */
export function saveDetailsOfMany(
  articles: readonly Pick<Article, 'id' | 'origin'>[],
  change: DetailsChange,
): Promise<CommandResult<DetailsBefore>> {
  const targets: DetailsTarget[] = articles.map(({ id, origin }) => ({ id, origin }));
  const what = describe(change);
  const count = articlesWord(targets.length);
  return runUndoable(
    {
      label: `Set the ${what} of ${count}`,
      failure: `Saving the ${what} of ${count}`,
      apply: () => detailsRepo.apply(targets, change),
      undo: (before) => detailsRepo.restore(before),
      redo: () => detailsRepo.apply(targets, change),
      toast: () => `Saved the ${what} of ${count}.`,
    },
    { report: 'caller' },
  );
}
