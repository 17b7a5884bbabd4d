import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Tag } from '../domain/model';
import { FieldError, FormField } from './form-field';
import { TagColorPicker } from './tag-color-picker';
import { TagParentField } from './tag-parent-field';
import {
  checkDraft,
  draftToInput,
  errorsFromFailure,
  firstInvalidField,
  type DraftErrors,
  type TagDraft,
  type TagInput,
} from './tag-draft';
import styles from './tag-form.module.css';

interface Props {
  /** The whole codebook, for checking names and hotkeys and listing parents. */
  tags: readonly Tag[];
  initial: TagDraft;
  /** Used while the draft's colour is '' (the new-tag form follows the codebook's next colour). */
  defaultColor?: string;
  /** The tag being edited; absent for a new tag. */
  self?: Tag | undefined;
  submitLabel: string;
  /** Writes the tag; a rejection (CodebookError or other) is shown in the form. */
  onSubmit: (input: TagInput) => Promise<void>;
  /** When given, a Cancel button and the Escape key call it. */
  onCancel?: (() => void) | undefined;
  /** Clears the form after a successful submit (for adding several tags in a row). */
  resetOnSuccess?: boolean;
  /** Moves focus to the name field when the form appears. */
  focusOnMount?: boolean;
  /** Passed through to the form element; name it with aria-label or aria-labelledby. */
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/** The fields of a tag, checked against the codebook before anything is written. */
export function TagForm({
  tags,
  initial,
  defaultColor = '',
  self,
  submitLabel,
  onSubmit,
  onCancel,
  resetOnSuccess = false,
  focusOnMount = false,
  ...labelling
}: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorId = useId();
  const color = draft.color || defaultColor;

  useEffect(() => {
    if (focusOnMount) formRef.current?.querySelector<HTMLElement>('[data-field="name"]')?.focus();
  }, [focusOnMount]);

  function change<K extends keyof TagDraft>(field: K, value: TagDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function focusFirstInvalid(found: DraftErrors) {
    const field = firstInvalidField(found);
    const selector = field === 'color' ? 'input[type="radio"]:checked' : `[data-field="${field}"]`;
    if (field) formRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const next = { ...draft, color };
    const found = checkDraft(next, tags, self?.id);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(found);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(draftToInput(next));
      if (resetOnSuccess) {
        setDraft(initial);
        formRef.current?.querySelector<HTMLElement>('[data-field="name"]')?.focus();
      }
    } catch (error) {
      const failure = errorsFromFailure(error);
      setErrors(failure);
      focusFirstInvalid(failure);
    } finally {
      setBusy(false);
    }
  }

  function cancelOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || !onCancel) return;
    event.preventDefault();
    onCancel();
  }

  return (
    // Escape anywhere in the form cancels the edit, as in any inline editor.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={cancelOnEscape}
      {...labelling}
    >
      <div className={styles.row}>
        <FormField label="Name" error={errors.name} className={styles.name}>
          {(control) => (
            <input
              {...control}
              data-field="name"
              className="field"
              type="text"
              autoComplete="off"
              value={draft.name}
              onChange={(event) => change('name', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Hotkey"
          hint="One key, optional"
          error={errors.hotkey}
          className={styles.hotkey}
        >
          {(control) => (
            <input
              {...control}
              data-field="hotkey"
              className="field"
              type="text"
              autoComplete="off"
              maxLength={1}
              value={draft.hotkey}
              onChange={(event) => change('hotkey', event.target.value)}
            />
          )}
        </FormField>
        <TagParentField
          tags={tags}
          self={self}
          value={draft.parentId}
          error={errors.parentId}
          onChange={(parentId) => change('parentId', parentId)}
        />
      </div>
      <TagColorPicker value={color} onChange={(hex) => change('color', hex)} error={errors.color} />
      <FormField
        label="Description (memo, Markdown)"
        hint="Optional: when to use the tag. **bold**, *italic*, `code`, [links](https://…) and - lists are shown formatted."
        error={errors.description}
      >
        {(control) => (
          <textarea
            {...control}
            data-field="description"
            className={`field ${styles.description}`}
            rows={3}
            value={draft.description}
            onChange={(event) => change('description', event.target.value)}
          />
        )}
      </FormField>
      {errors.form ? <FieldError id={formErrorId} message={errors.form} /> : null}
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
