import type { AdjudicationItem, Decision, DisagreementKind } from '../domain/adjudication';
import type { Coder } from '../domain/coders/coder';
import type { ArticleWithText } from '../domain/corpus/types';
import type { Tag } from '../domain/model';
import { AdjudicationButtons } from './adjudication-buttons';
import { AdjudicationEditForm } from './adjudication-edit-form';
import styles from './adjudication-panel.module.css';
import { AdjudicationSide } from './adjudication-side';

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

interface Props {
  a: Coder;
  b: Coder;
  current: AdjudicationItem;
  index: number;
  total: number;
  decision: Decision | undefined;
  context: ArticleWithText | undefined;
  tags: readonly Tag[];
  tagsById: ReadonlyMap<string, Tag>;
  editing: boolean;
  error: string | null;
  onDecide: (decision: Decision) => void;
  onEdit: (editing: boolean) => void;
  onMove: (step: -1 | 1) => void;
}

/** One disagreement: what kind, the text around it, both sides and the decisions. */
export function AdjudicationItemView(props: Props) {
  const { a, b, current, index, total, decision, context, editing, error } = props;
  const focus = (current.a ?? current.b)!;
  const ranges = [current.a, current.b].flatMap((x) => (x ? x.ranges : []));
  const span = {
    start: Math.min(...ranges.map((r) => r.start)),
    end: Math.max(...ranges.map((r) => r.end)),
  };
  return (
    <div role="group" aria-label={`Disagreement ${index + 1} of ${total}`}>
      <h2 className={styles.itemTitle}>
        {index + 1} of {total}: {KIND[current.kind]} · {context?.title ?? current.articleId}
        {decision ? ` — ${DECISION[decision.kind]}` : ''}
      </h2>
      {context ? (
        <p className={styles.context} lang={context.language}>
          …{context.text.slice(Math.max(0, span.start - 120), span.start)}
          <mark>{context.text.slice(span.start, span.end)}</mark>
          {context.text.slice(span.end, span.end + 120)}…
        </p>
      ) : null}
      <div className={styles.sides}>
        <AdjudicationSide
          label="Coder A"
          coder={a}
          annotation={current.a}
          tagsById={props.tagsById}
        />
        <AdjudicationSide
          label="Coder B"
          coder={b}
          annotation={current.b}
          tagsById={props.tagsById}
        />
      </div>
      <AdjudicationButtons
        current={current}
        onDecide={props.onDecide}
        onEdit={() => props.onEdit(true)}
        onPrevious={() => props.onMove(-1)}
        onNext={() => props.onMove(1)}
      />
      {editing ? (
        <AdjudicationEditForm
          start={focus.ranges[0]!.start}
          end={focus.ranges[0]!.end}
          tagIds={[...new Set([...(current.a?.tagIds ?? []), ...(current.b?.tagIds ?? [])])]}
          tags={props.tags}
          onCancel={() => props.onEdit(false)}
          onSave={(start, end, tagIds) => props.onDecide({ kind: 'edit', start, end, tagIds })}
        />
      ) : null}
      {error ? (
        <p role="alert" className={styles.alert}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
