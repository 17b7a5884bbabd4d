import { useEffect, useState } from 'react';
import { useCoders } from '../hooks/use-coders';
import { useTeamAgreement } from '../hooks/use-team-agreement';
import styles from './transfer-panels.module.css';
import { AgreementProgress } from './agreement-progress';
import { TeamAgreementReport } from './team-agreement-report';

/** "Compare coders": choose two or more layers and measure their agreement. */
export function CompareCoders() {
  const { coders } = useCoders();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const { state, compute } = useTeamAgreement();
  const defaults = coders.filter((c) => c.origin !== 'consensus').map((c) => c.id);
  const selected = chosen ?? defaults;
  useEffect(() => {
    if (chosen !== null)
      setChosen((current) => current?.filter((id) => coders.some((c) => c.id === id)) ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prune when coders change
  }, [coders]);

  const toggle = (id: string) =>
    setChosen(selected.includes(id) ? selected.filter((c) => c !== id) : [...selected, id]);

  return (
    <section className={styles.panel} aria-labelledby="compare-coders-title">
      <h2 id="compare-coders-title">Compare coders</h2>
      {coders.length < 2 ? (
        <p className={styles.hint}>
          Import a colleague’s file as a coder (Export &amp; import) to measure how far you agree.
        </p>
      ) : (
        <>
          <fieldset>
            <legend>Coders to compare</legend>
            {coders.map((coder) => (
              <label key={coder.id} style={{ marginRight: '1rem' }}>
                <input
                  type="checkbox"
                  checked={selected.includes(coder.id)}
                  onChange={() => toggle(coder.id)}
                />{' '}
                {coder.name}
              </label>
            ))}
          </fieldset>
          <div className={styles.buttons}>
            <button
              type="button"
              className="button button-primary"
              disabled={selected.length < 2 || state.step === 'computing'}
              onClick={() =>
                void compute(coders.filter((c) => selected.includes(c.id)).map((c) => c.id))
              }
            >
              Compute agreement
            </button>
          </div>
          {state.step === 'computing' ? <AgreementProgress stage={state.stage} /> : null}
          {state.step === 'error' ? (
            <p role="alert" className={styles.alert}>
              The agreement could not be computed: {state.message}
            </p>
          ) : null}
          {state.step === 'ready' ? <TeamAgreementReport report={state.report} /> : null}
        </>
      )}
    </section>
  );
}
