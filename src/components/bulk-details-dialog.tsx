import { useState, type FormEvent } from 'react';
import {
  readBulkDetails,
  type BulkField,
  type BulkInput,
} from '../domain/corpus-import/bulk-details';
import type { Article } from '../domain/corpus/types';
import { useDialogSubmit } from '../hooks/use-dialog-submit';
import { DialogActions } from './dialog-actions';
import { formatCount } from './format';
import { FormField } from './form-field';
import styles from './import-articles.module.css';
import { ModalDialog } from './modal-dialog';

export interface BulkDetailsDialogProps {
  articles: readonly Article[];
  onClose: () => void;
}

const FIELDS: readonly { key: BulkField; label: string; hint?: string }[] = [
  { key: 'source', label: 'Outlet' },
  { key: 'date', label: 'Date', hint: 'YYYY-MM-DD, or a form such as 02 Nov 2016.' },
  { key: 'language', label: 'Language', hint: 'A language code such as en, fr or pt-BR.' },
  { key: 'byline', label: 'Author' },
];

const EMPTY: BulkInput = { source: '', date: '', language: '', byline: '' };

/** "Edit details" of many articles at once: what is filled in is set on every one of them. */
export function BulkDetailsDialog({ articles, onClose }: BulkDetailsDialogProps) {
  const [input, setInput] = useState<BulkInput>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<BulkField | 'form', string>>>({});
  const { busy, failure, run } = useDialogSubmit(onClose);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = readBulkDetails(input);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    const { change } = reading;
    await run(async () => {
      const { saveDetailsOfMany } = await import('../commands/article-details');
      return saveDetailsOfMany(articles, change);
    });
  }

  return (
    <ModalDialog
      title={`Edit details of ${formatCount(articles.length, 'article')}`}
      onClose={onClose}
    >
      <form
        className={styles.body}
        onSubmit={(event) => void submit(event)}
        aria-busy={busy}
        noValidate
      >
        <p>Fields left empty stay as each article has them; the texts never change.</p>
        {FIELDS.map(({ key, label, hint }) => (
          <FormField key={key} label={label} hint={hint} error={errors[key]}>
            {(control) => (
              <input
                {...control}
                className="field"
                type="text"
                value={input[key]}
                onChange={(event) => setInput({ ...input, [key]: event.target.value })}
              />
            )}
          </FormField>
        ))}
        {errors.form || failure !== null ? (
          <p role="alert" className={styles.problems}>
            {errors.form ?? failure}
          </p>
        ) : null}
        <DialogActions
          onCancel={onClose}
          submitLabel={`Save for ${formatCount(articles.length, 'article')}`}
          busy={busy}
        />
      </form>
    </ModalDialog>
  );
}
