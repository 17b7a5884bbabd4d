import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { AdjudicationItem, Decision } from '../domain/adjudication';
import type { Coder } from '../domain/coders/coder';
import { useAdjudication } from '../hooks/use-adjudication';
import { useTags } from '../hooks/use-tags';
import { decisionForKey } from './adjudication-decisions';
import { AdjudicationItemView } from './adjudication-item';
import styles from './adjudication-panel.module.css';

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** The decisions of one pair of coders: one disagreement at a time, with the text around it. */
export function AdjudicationPanel({ a, b }: { a: Coder; b: Coder }) {
  const [article, setArticle] = useState('');
  const state = useAdjudication(a.id, b.id, article);
  const { byId: tagsById, tags } = useTags();
  const [index, setIndex] = useState(0);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const articleId = useId();
  const { items, decisions } = state;
  const settled = items.filter((i) => decisions[i.key]).length;
  const current: AdjudicationItem | undefined = items[Math.min(index, items.length - 1)];
  useEffect(() => setEditing(false), [current?.key]);
  const move = (step: -1 | 1) =>
    setIndex((i) => Math.min(Math.max(i + step, 0), Math.max(items.length - 1, 0)));

  const decide = async (decision: Decision) => {
    if (!current) return;
    try {
      await state.decide(current, decision);
      setError(null);
      setEditing(false);
      const next = items.findIndex((i, n) => n > index && !decisions[i.key]);
      if (next !== -1) setIndex(next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isTyping(event.target) || !current) return;
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      event.preventDefault();
      void state.undo().then((k) => {
        const at = items.findIndex((i) => i.key === k);
        if (at !== -1) setIndex(at);
      });
    } else if (key === 'ArrowRight' || key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (key === 'ArrowLeft' || key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (key === 'e') {
      event.preventDefault();
      setEditing(true);
    } else {
      const decision = decisionForKey(key, current);
      if (decision) void decide({ kind: decision.kind });
    }
  };

  return (
    // The region takes the keys; it is focusable so the keyboard works without a mouse.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions
    <section className={styles.panel} aria-label="Disagreements" tabIndex={0} onKeyDown={onKeyDown}>
      <div className={styles.toolbar}>
        <label htmlFor={articleId}>Article</label>
        <select
          id={articleId}
          value={article}
          onChange={(e) => {
            setArticle(e.target.value);
            setIndex(0);
          }}
        >
          <option value="">All articles</option>
          {state.articles.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
        <p role="status" className={styles.progress}>
          {settled} of {items.length} settled
        </p>
        <button
          type="button"
          className="button"
          disabled={!state.canUndo}
          onClick={() => void state.undo()}
        >
          Undo decision
        </button>
      </div>
      <p className={styles.hint}>
        {state.agreements.length} agreeing passages are in the consensus.
      </p>
      {state.loading ? <p role="status">Loading…</p> : null}
      {!state.loading && items.length === 0 ? (
        <p>
          No disagreements between {a.name} and {b.name}.
        </p>
      ) : null}
      {current && (current.a ?? current.b) ? (
        <AdjudicationItemView
          a={a}
          b={b}
          current={current}
          index={index}
          total={items.length}
          decision={decisions[current.key]}
          context={state.articles.find((x) => x.id === current.articleId)}
          tags={tags}
          tagsById={tagsById}
          editing={editing}
          error={error}
          onDecide={(decision) => void decide(decision)}
          onEdit={setEditing}
          onMove={move}
        />
      ) : null}
    </section>
  );
}
