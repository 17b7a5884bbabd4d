import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { AdjudicationItem, Decision, DisagreementKind } from '../domain/adjudication';
import type { Coder } from '../domain/coders/coder';
import type { Annotation } from '../domain/model';
import { useAdjudication } from '../hooks/use-adjudication';
import { useTags } from '../hooks/use-tags';
import styles from './adjudication-panel.module.css';

const KIND: Record<DisagreementKind, string> = {
  'tags-differ': 'Same passage, coded differently',
  'boundaries-differ': 'Boundaries differ',
  'only-a': 'Only coder A coded it',
  'only-b': 'Only coder B coded it',
};

const DECISION: Record<Decision['kind'], string> = {
  a: 'accepted A',
  b: 'accepted B',
  both: 'accepted both',
  neither: 'accepted neither',
  edit: 'edited',
};

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
  const textOf = (id: string) => state.articles.find((x) => x.id === id);

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
      setIndex((i) => Math.min(i + 1, items.length - 1));
    } else if (key === 'ArrowLeft' || key === 'ArrowUp') {
      event.preventDefault();
      setIndex((i) => Math.max(i - 1, 0));
    } else if (key === '1' && current.a) void decide({ kind: 'a' });
    else if (key === '2' && current.b) void decide({ kind: 'b' });
    else if (key === '3') void decide({ kind: 'both' });
    else if (key === '0') void decide({ kind: 'neither' });
    else if (key === 'e') {
      event.preventDefault();
      setEditing(true);
    }
  };

  const side = (label: string, coder: Coder, annotation: Annotation | null) => (
    <section className={styles.side} aria-label={`${label}: ${coder.name}`}>
      <h3>
        {label}: {coder.name}
      </h3>
      {annotation ? (
        <>
          <blockquote className={styles.quote}>
            {annotation.ranges.map((r) => r.exact).join(' … ')}
          </blockquote>
          <p>
            Tags:{' '}
            {annotation.tagIds.map((id) => tagsById.get(id)?.name ?? 'Deleted tag').join(', ') ||
              'none'}
          </p>
          {annotation.note ? <p>Note: {annotation.note}</p> : null}
        </>
      ) : (
        <p className={styles.none}>Not coded</p>
      )}
    </section>
  );

  const context = current ? textOf(current.articleId) : undefined;
  const focus = current ? (current.a ?? current.b)! : null;
  const span = focus
    ? {
        start: Math.min(
          ...[current?.a, current?.b].flatMap((x) => (x ? x.ranges.map((r) => r.start) : [])),
        ),
        end: Math.max(
          ...[current?.a, current?.b].flatMap((x) => (x ? x.ranges.map((r) => r.end) : [])),
        ),
      }
    : null;

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
      {current && focus && span ? (
        <div role="group" aria-label={`Disagreement ${index + 1} of ${items.length}`}>
          <h2 className={styles.itemTitle}>
            {index + 1} of {items.length}: {KIND[current.kind]} ·{' '}
            {context?.title ?? current.articleId}
            {decisions[current.key] ? ` — ${DECISION[decisions[current.key]!.kind]}` : ''}
          </h2>
          {context ? (
            <p className={styles.context} lang={context.language}>
              …{context.text.slice(Math.max(0, span.start - 120), span.start)}
              <mark>{context.text.slice(span.start, span.end)}</mark>
              {context.text.slice(span.end, span.end + 120)}…
            </p>
          ) : null}
          <div className={styles.sides}>
            {side('Coder A', a, current.a)}
            {side('Coder B', b, current.b)}
          </div>
          <div className={styles.buttons}>
            <button
              type="button"
              className="button"
              onClick={() => setIndex((i) => Math.max(i - 1, 0))}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="1"
              disabled={!current.a}
              onClick={() => void decide({ kind: 'a' })}
            >
              Accept A
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="2"
              disabled={!current.b}
              onClick={() => void decide({ kind: 'b' })}
            >
              Accept B
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="3"
              onClick={() => void decide({ kind: 'both' })}
            >
              Accept both
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="0"
              onClick={() => void decide({ kind: 'neither' })}
            >
              Neither
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="e"
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setIndex((i) => Math.min(i + 1, items.length - 1))}
            >
              Next
            </button>
          </div>
          {editing ? (
            <EditForm
              start={focus.ranges[0]!.start}
              end={focus.ranges[0]!.end}
              tagIds={[...new Set([...(current.a?.tagIds ?? []), ...(current.b?.tagIds ?? [])])]}
              tags={tags}
              onCancel={() => setEditing(false)}
              onSave={(start, end, tagIds) => void decide({ kind: 'edit', start, end, tagIds })}
            />
          ) : null}
          {error ? (
            <p role="alert" className={styles.alert}>
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

// Focuses the first field when the form opens (autoFocus is discouraged for page loads).
const focusOnce = (el: HTMLInputElement | null) => el?.focus();

function EditForm(props: {
  start: number;
  end: number;
  tagIds: string[];
  tags: readonly { id: string; name: string }[];
  onSave: (start: number, end: number, tagIds: string[]) => void;
  onCancel: () => void;
}) {
  const [start, setStart] = useState(String(props.start));
  const [end, setEnd] = useState(String(props.end));
  const [chosen, setChosen] = useState(props.tagIds);
  const startId = useId();
  const endId = useId();
  return (
    <form
      aria-label="Edit the consensus passage"
      className={styles.edit}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(Number(start), Number(end), chosen);
      }}
    >
      <label htmlFor={startId}>Start</label>
      <input
        id={startId}
        inputMode="numeric"
        value={start}
        onChange={(e) => setStart(e.target.value)}
        ref={focusOnce}
      />
      <label htmlFor={endId}>End</label>
      <input id={endId} inputMode="numeric" value={end} onChange={(e) => setEnd(e.target.value)} />
      <fieldset>
        <legend>Tags</legend>
        {props.tags.map((tag) => (
          <label key={tag.id}>
            <input
              type="checkbox"
              checked={chosen.includes(tag.id)}
              onChange={() =>
                setChosen((c) =>
                  c.includes(tag.id) ? c.filter((x) => x !== tag.id) : [...c, tag.id],
                )
              }
            />{' '}
            {tag.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary">
        Save to consensus
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
