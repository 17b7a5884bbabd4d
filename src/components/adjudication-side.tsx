import type { Coder } from '../domain/coders/coder';
import type { Annotation, Tag } from '../domain/model';
import styles from './adjudication-panel.module.css';

interface Props {
  label: string;
  coder: Coder;
  annotation: Annotation | null;
  tagsById: ReadonlyMap<string, Tag>;
}

/** One coder's side of a disagreement: their quote, tags and note, or "Not coded". */
export function AdjudicationSide({ label, coder, annotation, tagsById }: Props) {
  return (
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
}
