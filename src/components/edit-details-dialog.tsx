import { useState, type FormEvent } from 'react';
import {
  detailsInput,
  readDetails,
  type DetailsInput,
  type DocumentDetails,
} from '../domain/corpus-import/details';
import type { Article } from '../domain/corpus/types';
import { useDialogSubmit } from '../hooks/use-dialog-submit';
import { DialogActions } from './dialog-actions';
import { FormField } from './form-field';
import styles from './import-articles.module.css';
import { ModalDialog } from './modal-dialog';

export interface EditDetailsDialogProps {
  entry: Article;
  onClose: () => void;
}

const FIELDS: readonly { key: keyof DocumentDetails; label: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'source', label: 'Outlet' },
  { key: 'date', label: 'Date', hint: 'YYYY-MM-DD, or a form such as 02 Nov 2016.' },
  { key: 'language', label: 'Language', hint: 'A language code such as en, fr or pt-BR.' },
  { key: 'url', label: 'URL' },
  { key: 'byline', label: 'Author' },
];

/** "Edit details": the title, outlet, date, language, URL and author of one article. */
export function EditDetailsDialog({ entry, onClose }: EditDetailsDialogProps) {
  const [input, setInput] = useState<DetailsInput>(() =>
    detailsInput({ ...entry, url: entry.url }),
  );
  const [errors, setErrors] = useState<Partial<Record<keyof DocumentDetails, string>>>({});
  const { busy, failure, run } = useDialogSubmit(onClose);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = readDetails(input);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    const { details } = reading;
    // A bundled article's edits are kept as an override; a document of the user's changes in place.
    await run(async () =>
      entry.origin === 'bundled'
        ? (await import('../commands/article-details')).saveDetailsOfMany([entry], details)
        : (await import('../commands/document-details')).saveDocumentDetails(entry.id, details),
    );
  }

  return (
    <ModalDialog title="Edit details" onClose={onClose}>
      <form
        className={styles.body}
        onSubmit={(event) => void submit(event)}
        aria-busy={busy}
        noValidate
      >
        {FIELDS.map(({ key, label, hint }) => (
          <FormField key={key} label={label} hint={hint} error={errors[key]}>
            {(control) => (
              <input
                {...control}
                className="field"
                type={key === 'url' ? 'url' : 'text'}
                value={input[key]}
                onChange={(event) => setInput({ ...input, [key]: event.target.value })}
              />
            )}
          </FormField>
        ))}
        {failure !== null ? (
          <p role="alert" className={styles.problems}>
            {failure}
          </p>
        ) : null}
        <DialogActions onCancel={onClose} submitLabel="Save details" busy={busy} />
      </form>
    </ModalDialog>
  );
}
