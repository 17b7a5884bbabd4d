import type { ManifestEntry, ParsedArticle } from '../domain/corpus/types';
import { direction } from '../domain/corpus';
import styles from './article-view.module.css';
import { UNKNOWN_OUTLET, formatCount, formatDate, languageName } from './format';
import { ParagraphView } from './paragraph-view';

interface Props {
  entry: ManifestEntry;
  parsed: ParsedArticle;
  showPageExtras: boolean;
  onTogglePageExtras: () => void;
}

/**
 * The article as it is read. When the first line of the text is the headline, the `h1` is that
 * paragraph itself (with its `data-offset`), so the headline can be annotated like any other line.
 */
export function ArticleView({ entry, parsed, showPageExtras, onTogglePageExtras }: Props) {
  const [first, ...rest] = parsed.paragraphs;
  const titleIsFirstLine = first !== undefined && first.text.trim() === parsed.title;
  const body = titleIsFirstLine ? rest : parsed.paragraphs;
  const extras = body.filter((p) => p.kind === 'chrome').length;
  const shown = showPageExtras ? body : body.filter((p) => p.kind !== 'chrome');

  return (
    <article
      className={styles.article}
      lang={entry.language}
      dir={direction(entry.language)}
      aria-labelledby="article-title"
    >
      <header>
        {titleIsFirstLine ? (
          <h1 id="article-title" className={styles.title} data-offset={first.start}>
            {first.text}
          </h1>
        ) : (
          <h1 id="article-title" className={styles.title}>
            {parsed.title}
          </h1>
        )}
        <p className={styles.metaLine} lang="en" dir="ltr">
          <span>{entry.source ?? UNKNOWN_OUTLET}</span>
          <span>{languageName(entry.language)}</span>
          <span>{entry.date ? formatDate(entry.date) : 'Undated'}</span>
          {entry.byline ? <span>By {entry.byline}</span> : null}
          <span>{formatCount(entry.wordCount, 'word')}</span>
        </p>
        {extras > 0 ? (
          <p className={styles.extras} lang="en" dir="ltr">
            <button
              type="button"
              className="button"
              aria-pressed={showPageExtras}
              onClick={onTogglePageExtras}
            >
              Show page extras ({formatCount(extras, 'line')})
            </button>
          </p>
        ) : null}
      </header>
      <div className={styles.body} data-article-body>
        {shown.map((paragraph) => (
          <ParagraphView key={paragraph.start} paragraph={paragraph} />
        ))}
      </div>
    </article>
  );
}
