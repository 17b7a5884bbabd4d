import { useId, useRef } from 'react';
import { removeCoder } from '../commands/coders';
import { useCoderImport } from '../hooks/use-coder-import';
import { useCoders } from '../hooks/use-coders';
import { formatCount } from './format';
import { importFormatName } from './import-format-name';
import styles from './transfer-panels.module.css';

const MAX_LISTED = 50;

/**
 * "Import as coder": a colleague's file becomes their own layer, never merged into anyone
 * else's. Takes whatever the importers read; the coder's name comes from the file where it has
 * one and can be changed; a second file of the same coder replaces their layer.
 */
export function CoderImportPanel() {
  const inputId = useId();
  const nameId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { state, choose, rename, confirm, reset } = useCoderImport();
  const { coders } = useCoders();
  const others = coders.filter((c) => c.origin === 'imported');

  const restart = () => {
    reset();
    if (input.current) input.current.value = '';
  };

  return (
    <section className={styles.panel} aria-labelledby="coder-import-title">
      <h2 id="coder-import-title">Coders</h2>
      <p className={styles.hint}>
        Import a colleague’s export (Gloss backup, W3C Web Annotation, doccano JSONL, REFI-QDA
        project, Hypothesis, or a CSV with article id, quote, offsets and tags such as Gloss’s own)
        as their own layer to compare and adjudicate. Tags are matched to your codebook by name.
      </p>
      <label htmlFor={inputId} className={styles.fileLabel}>
        Import as coder
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,.jsonld,.jsonl,.qdpx,.qde,.csv,.tsv,application/json,application/ld+json"
        disabled={state.step === 'reading' || state.step === 'writing'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void choose(file);
        }}
      />
      {state.step === 'reading' ? <p role="status">Checking {state.fileName}…</p> : null}
      {state.step === 'writing' ? <p role="status">Importing {state.fileName}…</p> : null}
      {state.step === 'error' ? (
        <div role="alert" className={styles.alert}>
          <strong>{state.fileName} cannot be imported as a coder.</strong> {state.message} Nothing
          was changed.
        </div>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" className={styles.ok}>
          Imported {state.fileName} as {state.plan.coder.name}:{' '}
          {formatCount(state.plan.annotations.length, 'annotation')}
          {state.plan.replaces ? ', replacing the earlier layer' : ''}.{' '}
          <button type="button" className="button" onClick={restart}>
            Import another coder
          </button>
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div role="region" aria-labelledby="coder-preview-title">
          <h3 id="coder-preview-title">
            {state.fileName} as a coder ({importFormatName(state.bundle.format)})
          </h3>
          {state.notice ? <p role="alert">{state.notice}</p> : null}
          <label htmlFor={nameId} className={styles.fileLabel}>
            Coder name
          </label>
          <input
            id={nameId}
            type="text"
            value={state.name}
            aria-invalid={state.nameProblem ? true : undefined}
            aria-describedby={state.nameProblem ? `${nameId}-problem` : undefined}
            onChange={(e) => void rename(e.target.value)}
          />
          {state.nameProblem ? (
            <p id={`${nameId}-problem`} className={styles.alert}>
              {state.nameProblem}
            </p>
          ) : null}
          <ul className={styles.counts}>
            <li>
              {state.plan.replaces
                ? `Replaces ${state.plan.replaces.coder.name}’s layer (${formatCount(state.plan.replaces.annotations, 'annotation')} now)`
                : 'New coder layer'}
            </li>
            <li>Annotations in the layer: {state.plan.annotations.length}</li>
            <li>New tags for the codebook: {state.plan.newTags.length}</li>
            <li>Skipped: {state.plan.skipped.length}</li>
          </ul>
          {state.plan.skipped.length > 0 ? (
            <details>
              <summary>
                {formatCount(state.plan.skipped.length, 'annotation')} will be skipped
              </summary>
              <ul className={styles.skips}>
                {state.plan.skipped.slice(0, MAX_LISTED).map((s) => (
                  <li key={s.index}>
                    annotation {s.index}: {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className={styles.buttons}>
            <button
              type="button"
              className="button button-primary"
              disabled={state.nameProblem !== null}
              onClick={() => void confirm()}
            >
              {state.plan.replaces ? 'Replace layer' : 'Add layer'}
            </button>
            <button type="button" className="button" onClick={restart}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3>Imported coders</h3>
          <ul className={styles.counts}>
            {others.map((coder) => (
              <li key={coder.id}>
                {coder.name}{' '}
                <button
                  type="button"
                  className="button"
                  aria-label={`Remove ${coder.name}’s layer`}
                  onClick={() => {
                    if (window.confirm(`Remove ${coder.name} and all their annotations?`))
                      void removeCoder(coder.id);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
