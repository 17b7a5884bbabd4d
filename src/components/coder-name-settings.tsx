import { useEffect, useRef, useState, type FormEvent } from 'react';
import { renameCoder } from '../commands/coders';
import { coderNameProblem } from '../domain/coders/coder';
import { useCoders } from '../hooks/use-coders';
import { CoderColorSettings } from './coder-color-settings';
import { FormField } from './form-field';
import styles from './coder-name-settings.module.css';

/**
 * "Your coder name": the name the local layer carries in agreement reports, adjudication and
 * exports (W3C `creator`, the CSV coder column). "Coder 1" until the user chooses one.
 */
export function CoderNameSettings() {
  const { local, loading } = useCoders();
  const [draft, setDraft] = useState(local.name);
  const [error, setError] = useState<string | undefined>();
  /** The name just saved, for the status line (the coders' live query may follow later). */
  const [saved, setSaved] = useState<string | null>(null);
  // The stored name fills the field until the user types: what they typed before the coders
  // were read, or while a rename from elsewhere arrives, is theirs and stays.
  const edited = useRef(false);
  useEffect(() => {
    if (!loading && !edited.current) setDraft(local.name);
  }, [loading, local.name]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const problem = coderNameProblem(draft);
    if (problem) {
      setError(problem);
      return;
    }
    const result = await renameCoder(local.id, draft);
    if (result.ok) {
      edited.current = false;
      setError(undefined);
      setSaved(result.value.name);
    } else {
      setError(result.message);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="coder-heading">
      <h2 id="coder-heading">You as a coder</h2>
      <form onSubmit={(e) => void submit(e)} className={styles.form}>
        <FormField
          label="Your coder name"
          hint="Your annotations are your layer; colleagues’ files are imported as their own layers."
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft}
              autoComplete="name"
              onChange={(e) => {
                edited.current = true;
                setDraft(e.target.value);
                setSaved(null);
              }}
            />
          )}
        </FormField>
        <button type="submit" className="button">
          Save name
        </button>
      </form>
      {saved !== null ? <p role="status">Saved: you code as {saved}.</p> : null}
      <CoderColorSettings />
    </section>
  );
}
