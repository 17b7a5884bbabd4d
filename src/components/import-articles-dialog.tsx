import { useRef, useState } from 'react';
import type { ImportProgress } from '../commands/corpus-import';
import type { ReadFiles } from '../commands/corpus-read';
import { guessMapping, type ColumnMapping as Mapping } from '../domain/corpus-import/columns';
import type { ImportProblem } from '../domain/corpus-import/draft';
import type { EncodingChoice } from '../domain/corpus-import/encoding';
import type { ImportPlan } from '../domain/corpus-import/plan';
import type { DocumentRecord } from '../domain/model';
import { ColumnMapping } from './column-mapping';
import { ImportFileStep } from './import-file-step';
import { ImportPreview } from './import-preview';
import { ImportProgressBar } from './import-progress-bar';
import styles from './import-articles.module.css';
import { ModalDialog } from './modal-dialog';

export interface ImportArticlesDialogProps {
  onClose: () => void;
  /** The articles were stored; the dialog should close. */
  onImported: (added: DocumentRecord[]) => void;
}

type Step =
  | { name: 'choose' }
  | { name: 'busy'; label: string }
  | { name: 'map'; read: ReadFiles; mappings: Mapping[] }
  | { name: 'preview'; plan: ImportPlan; problems: ImportProblem[]; skipped: string[] }
  | { name: 'importing'; progress: ImportProgress | null };

/**
 * "Import articles": many files, a folder, a .zip or a table become articles with their
 * metadata. Files are read and checked first (tables through a column mapping), the preview
 * says what will be added, skipped as duplicates or refused and why, and only Import writes:
 * everything in one transaction, with a progress bar and Cancel.
 */
export function ImportArticlesDialog({ onClose, onImported }: ImportArticlesDialogProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const lastPreview = useRef<Step | null>(null);

  async function preview(read: ReadFiles, mappings: readonly Mapping[]) {
    setStep({ name: 'busy', label: 'Checking for duplicates…' });
    const [{ tableDrafts }, { previewImport }] = await Promise.all([
      import('../domain/corpus-import/table-drafts'),
      import('../commands/corpus-import'),
    ]);
    const drafts = [...read.drafts];
    const problems = [...read.problems];
    read.tables.forEach((table, index) => {
      const mapped = tableDrafts(table, mappings[index] ?? guessMapping(table.headers));
      drafts.push(...mapped.drafts);
      problems.push(...mapped.problems);
    });
    const plan = await previewImport(drafts);
    if (!plan.ok) {
      setError(plan.message);
      setStep({ name: 'choose' });
      return;
    }
    const next: Step = { name: 'preview', plan: plan.value, problems, skipped: read.skipped };
    lastPreview.current = next;
    setStep(next);
  }

  async function readChosen() {
    if (files.length === 0) {
      setError('Choose files, a folder or a .zip to import.');
      return;
    }
    setError(null);
    setStep({ name: 'busy', label: 'Reading the files…' });
    const { readImportFiles } = await import('../commands/corpus-read');
    const read = await readImportFiles(files, encoding);
    if (read.tables.length > 0) {
      const mappings = read.tables.map((table) =>
        guessMapping(table.headers, table.rows.slice(0, 20)),
      );
      setStep({ name: 'map', read, mappings });
    } else await preview(read, []);
  }

  async function runImport(plan: ImportPlan) {
    const controller = new AbortController();
    abort.current = controller;
    setStep({ name: 'importing', progress: null });
    const { commitImport } = await import('../commands/corpus-import');
    const result = await commitImport(plan, {
      signal: controller.signal,
      onProgress: (progress) => setStep({ name: 'importing', progress }),
    });
    abort.current = null;
    if (result.ok) {
      onImported(result.value);
      return;
    }
    setError(result.message);
    if (lastPreview.current) setStep(lastPreview.current);
  }

  const importing = step.name === 'importing';
  return (
    <ModalDialog
      title="Import articles"
      onClose={() => (importing ? abort.current?.abort() : onClose())}
    >
      <div className={styles.body} aria-busy={step.name === 'busy' || importing}>
        {step.name === 'choose' ? (
          <ImportFileStep
            files={files}
            encoding={encoding}
            onFiles={setFiles}
            onEncoding={setEncoding}
          />
        ) : null}
        {step.name === 'busy' ? <p role="status">{step.label}</p> : null}
        {step.name === 'map'
          ? step.read.tables.map((table, index) => (
              <ColumnMapping
                key={table.file}
                table={table}
                mapping={step.mappings[index]!}
                onChange={(mapping) =>
                  setStep({
                    ...step,
                    mappings: step.mappings.map((m, i) => (i === index ? mapping : m)),
                  })
                }
              />
            ))
          : null}
        {step.name === 'preview' ? (
          <ImportPreview plan={step.plan} problems={step.problems} skipped={step.skipped} />
        ) : null}
        {importing ? <ImportProgressBar progress={step.progress} /> : null}
        {error !== null ? (
          <p role="alert" className={styles.problems}>
            {error}
          </p>
        ) : null}
        <div className={styles.actions}>
          <button
            type="button"
            className="button"
            onClick={() => (importing ? abort.current?.abort() : onClose())}
          >
            Cancel
          </button>
          {step.name === 'choose' ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void readChosen()}
            >
              Continue
            </button>
          ) : null}
          {step.name === 'map' ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void preview(step.read, step.mappings)}
            >
              Continue
            </button>
          ) : null}
          {step.name === 'preview' ? (
            <>
              <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
                Back
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={step.plan.fresh.length === 0}
                onClick={() => void runImport(step.plan)}
              >
                Import
              </button>
            </>
          ) : null}
        </div>
      </div>
    </ModalDialog>
  );
}
