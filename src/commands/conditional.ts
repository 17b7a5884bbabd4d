import { conditionalAnnotations, revisionOf, type ConditionalWrite, type WriteBase } from '../db';
import type { Annotation } from '../domain/model';
import { StaleCommandError, useAppStore } from '../store';

type Patch = Parameters<typeof conditionalAnnotations.update>[2];

const CHANGED_ELSEWHERE =
  'this annotation was changed in another tab since, so nothing was changed here';

/** The base a tab writes from: the record as it last saw it, at its revision. */
export function baseOf(annotation: Annotation): WriteBase {
  return { annotation, revision: revisionOf(annotation) };
}

/**
 * Writes an edit made on `base` (see ConditionalAnnotations.update) and records it for undo;
 * undo and redo apply only while the record is still at the revision this write left.
 */
export async function updateFrom(
  base: WriteBase,
  patch: Patch,
  label: string,
  options: { force?: boolean } = {},
): Promise<ConditionalWrite> {
  const id = base.annotation.id;
  const before = (await conditionalAnnotations.getWithRevision(id))?.annotation;
  const result = await conditionalAnnotations.update(id, base, patch, options);
  if ((result.status === 'applied' || result.status === 'merged') && before) {
    const after = result.annotation;
    let revision = result.revision;
    const step = async (record: Annotation) => {
      const outcome = await conditionalAnnotations.restoreIf(record, revision);
      if (!outcome.applied) throw new StaleCommandError(CHANGED_ELSEWHERE);
      revision = outcome.revision;
    };
    useAppStore.getState().record({ label, undo: () => step(before), redo: () => step(after) });
  }
  return result;
}
