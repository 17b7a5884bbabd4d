import type { ImportProblem } from '../domain/corpus-import/draft';
import type { ImportPlan } from '../domain/corpus-import/plan';
import { formatCount } from './format';
import styles from './import-articles.module.css';

interface Props {
  plan: ImportPlan;
  problems: readonly ImportProblem[];
  skipped: readonly string[];
}

const LISTED = 200;

function Listed({ items }: { items: readonly string[] }) {
  return (
    <ul className={styles.list}>
      {items.slice(0, LISTED).map((item, index) => (
        <li key={index}>{item}</li>
      ))}
      {items.length > LISTED ? (
        <li>…and {formatCount(items.length - LISTED, 'more', 'more')}</li>
      ) : null}
    </ul>
  );
}

/** What an import will do, before anything is written: new articles, duplicates, problems. */
export function ImportPreview({ plan, problems, skipped }: Props) {
  const count = plan.fresh.length;
  return (
    <section aria-label="Import preview">
      <p>
        <strong>
          {count === 0
            ? 'No new articles to import.'
            : `${formatCount(count, 'new article')} to import.`}
        </strong>
      </p>
      {plan.duplicates.length > 0 ? (
        <>
          <p>
            {formatCount(plan.duplicates.length, 'duplicate')} skipped (same text already there):
          </p>
          <Listed
            items={plan.duplicates.map(
              (duplicate) => `${duplicate.origin}: same text as ${duplicate.of}`,
            )}
          />
        </>
      ) : null}
      {problems.length > 0 ? (
        <div className={styles.problems}>
          <p>{formatCount(problems.length, 'item')} cannot be imported:</p>
          <Listed items={problems.map((problem) => problem.message)} />
        </div>
      ) : null}
      {skipped.length > 0 ? (
        <>
          <p>
            {formatCount(skipped.length, 'file')} skipped (not text, web pages, tables or .zip):
          </p>
          <Listed items={skipped} />
        </>
      ) : null}
    </section>
  );
}
