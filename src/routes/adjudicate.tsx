import { useEffect, useId, useState } from 'react';
import { AdjudicationPanel } from '../components/adjudication-panel';
import { LOCAL_CODER_ID } from '../domain/coders/coder';
import { useCoders } from '../hooks/use-coders';
import styles from './adjudicate.module.css';

/** `/adjudicate`: settle where two coders differ, into the Consensus layer. */
export function AdjudicateRoute() {
  const { coders } = useCoders();
  const layers = coders.filter((c) => c.origin !== 'consensus');
  const [a, setA] = useState(LOCAL_CODER_ID);
  const [b, setB] = useState('');
  const aId = useId();
  const bId = useId();
  useEffect(() => {
    document.title = 'Adjudicate · Gloss';
  }, []);
  const other = b || layers.find((c) => c.id !== a)?.id || '';

  return (
    <main className={styles.page} id="main">
      <h1>Adjudicate</h1>
      <p className={styles.intro}>
        Walk through every passage where two coders differ and decide what goes into the Consensus
        layer. Passages they coded alike are in it already. Keys: ← → move, 1 accept A, 2 accept B,
        3 accept both, 0 neither, e edit, Ctrl+Z undo.
      </p>
      {layers.length < 2 ? (
        <p role="status">Import a colleague’s file as a coder (Export &amp; import) first.</p>
      ) : (
        <>
          <div className={styles.choosers}>
            <label htmlFor={aId}>Coder A</label>
            <select id={aId} value={a} onChange={(e) => setA(e.target.value)}>
              {layers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <label htmlFor={bId}>Coder B</label>
            <select id={bId} value={other} onChange={(e) => setB(e.target.value)}>
              {layers
                .filter((c) => c.id !== a)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          </div>
          {other !== '' && other !== a ? (
            <AdjudicationPanel
              key={`${a}:${other}`}
              a={coders.find((c) => c.id === a)!}
              b={coders.find((c) => c.id === other)!}
            />
          ) : null}
        </>
      )}
    </main>
  );
}
