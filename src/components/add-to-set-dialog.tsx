import { useState, type FormEvent } from 'react';
import type { ArticleSet } from '../domain/model';
import { useDialogSubmit } from '../hooks/use-dialog-submit';
import { DialogActions } from './dialog-actions';
import { formatCount } from './format';
import { FormField } from './form-field';
import styles from './import-articles.module.css';
import { ModalDialog } from './modal-dialog';

export interface AddToSetDialogProps {
  articleIds: readonly string[];
  sets: readonly ArticleSet[];
  onClose: () => void;
}

const NEW = '';

/** "Add to set…": puts the selected articles into a set that exists or a new one. */
export function AddToSetDialog({ articleIds, sets, onClose }: AddToSetDialogProps) {
  const [setId, setSetId] = useState(NEW);
  const [name, setName] = useState('');
  const [missingName, setMissingName] = useState(false);
  const { busy, failure, run } = useDialogSubmit(onClose);
  const error = missingName ? 'Give the new set a name.' : (failure ?? undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = setId === NEW && name.trim() === '';
    setMissingName(missing);
    if (missing) return;
    await run(async () => {
      const { addToSet } = await import('../commands/sets');
      return addToSet(articleIds, setId === NEW ? { name } : { setId });
    });
  }

  return (
    <ModalDialog
      title={`Add ${formatCount(articleIds.length, 'article')} to a set`}
      onClose={onClose}
    >
      <form
        className={styles.body}
        onSubmit={(event) => void submit(event)}
        aria-busy={busy}
        noValidate
      >
        <FormField label="Set">
          {(control) => (
            <select
              {...control}
              className="field"
              value={setId}
              onChange={(e) => setSetId(e.target.value)}
            >
              <option value={NEW}>A new set</option>
              {sets.map((set) => (
                <option key={set.id} value={set.id}>
                  {set.name} ({formatCount(set.articleIds.length, 'article')})
                </option>
              ))}
            </select>
          )}
        </FormField>
        {setId === NEW ? (
          <FormField label="Name of the new set" error={error}>
            {(control) => (
              <input
                {...control}
                className="field"
                type="text"
                value={name}
                placeholder="Week 1"
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </FormField>
        ) : error ? (
          <p role="alert" className={styles.problems}>
            {error}
          </p>
        ) : null}
        <DialogActions onCancel={onClose} submitLabel="Add to set" busy={busy} />
      </form>
    </ModalDialog>
  );
}
