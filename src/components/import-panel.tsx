import { useEffect, useId, useRef, useState } from 'react';
import { countDuplicates } from '../domain/formats/annotation-duplicates';
import type { ImportPlan } from '../domain/formats/plan-types';
import { useExport } from '../hooks/use-export';
import { useImport } from '../hooks/use-import';
import { AgreementReport } from './agreement-report';
import { downloadText } from './download';
import { FileCheckProgress } from './file-check-progress';
import { formatCount } from './format';
import { importFormatName } from './import-format-name';
import { KindCounts } from './import-kind-counts';
import styles from './transfer-panels.module.css';

const MAX_LISTED = 50;

function Counts({ plan, withRemovals }: { plan: ImportPlan; withRemovals: boolean }) {
  return (
    <ul className={styles.counts}>
      <li>To add: {plan.counts.add}</li>
      <li>To change: {plan.counts.change}</li>
      <li>To skip: {plan.counts.skip}</li>
      {withRemovals ? <li>To remove: {plan.counts.remove}</li> : null}
      <li>Unchanged: {plan.counts.unchanged}</li>
      <KindCounts plan={plan} kind="sets" label="Sets" withRemovals={withRemovals} />
      <KindCounts
        plan={plan}
        kind="overrides"
        label="Edited article details"
        withRemovals={withRemovals}
      />
      {countDuplicates(plan.skip) > 0 ? (
        <li>{formatCount(countDuplicates(plan.skip), 'duplicate')} skipped</li>
      ) : null}
    </ul>
  );
}

/** "Import file": validate completely, preview what changes, then Merge or Replace in one write. */
export function ImportPanel() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { state, choose, confirm, compareCoders, backToPreview, reset } = useImport();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const compareButton = useRef<HTMLButtonElement>(null);
  const returnToCompare = useRef(false);
  useEffect(() => {
    if (state.step !== 'preview' || !returnToCompare.current) return;
    returnToCompare.current = false;
    compareButton.current?.focus();
  }, [state.step]);
  const backup = useExport((file) => downloadText(file.fileName, file.content, file.type));

  const restart = () => {
    reset();
    setConfirmReplace(false);
    if (input.current) input.current.value = '';
  };

  return (
    <section className={styles.panel} aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p className={styles.hint}>
        Native JSON backups, W3C Web Annotation JSON-LD (from Gloss or another tool), Hypothesis
        exports, doccano JSONL whose text matches an article here, REFI-QDA projects (.qdpx) and
        codebooks (.qdc), and codebook CSV (Taguette). The file is checked completely before
        anything changes. “Compare coders” measures how far a second coder’s file agrees with your
        annotations, without importing it.
      </p>
      <label htmlFor={inputId} className={styles.fileLabel}>
        Import file
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,.jsonld,.jsonl,.qdpx,.qdc,.qde,.csv,.tsv,application/json,application/ld+json"
        disabled={
          state.step === 'reading' || state.step === 'writing' || state.step === 'comparing'
        }
        onChange={(e) => {
          const file = e.target.files?.[0];
          setConfirmReplace(false);
          if (file) void choose(file);
        }}
      />
      {state.step === 'reading' ? (
        <FileCheckProgress fileName={state.fileName} fraction={state.progress} />
      ) : null}
      {state.step === 'writing' ? (
        <FileCheckProgress fileName={state.fileName} fraction={state.progress} doing="Importing" />
      ) : null}
      {state.step === 'comparing' ? (
        <p role="status">Comparing {state.fileName} with your annotations…</p>
      ) : null}
      {state.step === 'compare' ? (
        <AgreementReport
          fileName={state.fileName}
          report={state.report}
          onBack={() => {
            returnToCompare.current = true;
            backToPreview();
          }}
        />
      ) : null}
      {state.step === 'error' ? (
        <div role="alert" className={styles.alert}>
          <strong>{state.fileName} cannot be imported.</strong> {state.message} Nothing was changed.
        </div>
      ) : null}
      {state.step === 'done' ? (
        <p role="status" className={styles.ok}>
          Imported {state.fileName}: {state.plan.counts.add} added, {state.plan.counts.change}{' '}
          changed, {state.plan.counts.remove > 0 ? `${state.plan.counts.remove} removed, ` : ''}
          {state.plan.counts.skip} skipped.{' '}
          <button type="button" className="button" onClick={restart}>
            Import another file
          </button>
        </p>
      ) : null}
      {state.step === 'preview' ? (
        <div aria-labelledby="preview-title" role="region">
          <h3 id="preview-title">
            Preview of {state.fileName} ({importFormatName(state.bundle.format)})
          </h3>
          {state.notice ? <p role="alert">{state.notice}</p> : null}
          {state.bundle.notices && state.bundle.notices.length > 0 ? (
            <ul aria-label="How the file was read" className={styles.skips}>
              {state.bundle.notices.slice(0, MAX_LISTED).map((notice, index) => (
                <li key={index}>{notice}</li>
              ))}
            </ul>
          ) : null}
          <Counts
            plan={confirmReplace ? state.replace : state.merge}
            withRemovals={confirmReplace}
          />
          {state.merge.skip.length > 0 ? (
            <details open={state.merge.skip.length <= 10}>
              <summary>{formatCount(state.merge.skip.length, 'record')} will be skipped</summary>
              <ul className={styles.skips}>
                {state.merge.skip.slice(0, MAX_LISTED).map((s) => (
                  <li key={`${s.kind}-${s.index}-${s.id}`}>{s.message}</li>
                ))}
                {state.merge.skip.length > MAX_LISTED ? (
                  <li>… and {state.merge.skip.length - MAX_LISTED} more</li>
                ) : null}
              </ul>
            </details>
          ) : null}
          {state.merge.warnings.length > 0 ? (
            <ul className={styles.skips}>
              {state.merge.warnings.slice(0, MAX_LISTED).map((w) => (
                <li key={`${w.kind}-${w.index}`}>{w.message}</li>
              ))}
            </ul>
          ) : null}
          <p className={styles.hint}>
            Merge adds what is new and updates what the file has newer, keeping everything else.
            Replace makes this browser hold exactly the file: what is not in it is removed.
          </p>
          {!confirmReplace ? (
            <div className={styles.buttons}>
              <button
                type="button"
                className="button button-primary"
                onClick={() => void confirm('merge')}
              >
                Merge
              </button>
              <button type="button" className="button" onClick={() => setConfirmReplace(true)}>
                Replace
              </button>
              <button
                ref={compareButton}
                type="button"
                className="button"
                onClick={() => void compareCoders()}
              >
                Compare coders
              </button>
              <button type="button" className="button" onClick={restart}>
                Cancel
              </button>
            </div>
          ) : (
            <div role="group" aria-label="Confirm replace">
              <p>
                Replace makes your data exactly what the file holds:{' '}
                {formatCount(state.replace.counts.remove, 'record')} not in the file will be
                deleted. Download a backup first if you may want them back.
              </p>
              <div className={styles.buttons}>
                <button type="button" className="button" onClick={() => void backup.run('native')}>
                  Download backup first
                </button>
                <button
                  type="button"
                  className={`button ${styles.danger}`}
                  onClick={() => void confirm('replace')}
                >
                  Replace everything
                </button>
                <button type="button" className="button" onClick={() => setConfirmReplace(false)}>
                  Back
                </button>
              </div>
              {backup.state.step === 'done' ? (
                <p role="status">Backup saved as {backup.state.fileName}.</p>
              ) : null}
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}
