import { useId, useMemo, useRef, useState } from 'react';
import type { Article } from '../domain/corpus/types';
import { foldText } from '../domain/text/fold';
import { FilterSelect } from './filter-select';

interface Props {
  articles: readonly Article[];
  /** The chosen article's id; '' means every article. */
  value: string;
  onChange: (id: string) => void;
}

/** Up to this many articles, a select lists them all; beyond, a search box suggests some. */
const SELECT_LIMIT = 300;
/** How many titles the search box suggests at once. */
const SUGGESTIONS = 50;

const shortTitle = (title: string) => (title.length > 60 ? `${title.slice(0, 59)}…` : title);

/**
 * The "Article" filter of /annotations. A select of ten thousand titles took seconds to render
 * (and is no way to find one): a large library gets a search box instead, whose suggestions
 * are the titles holding what was typed, and which chooses the article whose title it matches.
 */
export function ArticleFilter({ articles, value, onChange }: Props) {
  if (articles.length <= SELECT_LIMIT)
    return (
      <FilterSelect
        label="Article"
        value={value}
        anyLabel="All articles"
        options={articles.map((a) => ({ value: a.id, label: shortTitle(a.title) }))}
        onChange={onChange}
      />
    );
  return <ArticleSearch articles={articles} value={value} onChange={onChange} />;
}

function ArticleSearch({ articles, value, onChange }: Props) {
  const listId = useId();
  const titleOf = (id: string) => articles.find((a) => a.id === id)?.title ?? '';
  const [draft, setDraft] = useState(() => ({ text: titleOf(value), forValue: value }));
  // The filter changed from elsewhere (a link, "Clear filters"): show its title.
  if (draft.forValue !== value) setDraft({ text: titleOf(value), forValue: value });
  // Folded titles are made on the first keystroke, not on the page's first render.
  const folded = useRef<string[] | null>(null);
  const suggestions = useMemo(() => {
    const words = foldText(draft.text).split(/\s+/).filter(Boolean);
    if (words.length === 0) return articles.slice(0, SUGGESTIONS);
    folded.current ??= articles.map((a) => foldText(a.title));
    const found: Article[] = [];
    for (let i = 0; i < articles.length && found.length < SUGGESTIONS; i++)
      if (words.every((w) => folded.current?.[i]?.includes(w))) found.push(articles[i] as Article);
    return found;
  }, [articles, draft.text]);

  const typed = (text: string) => {
    const wanted = foldText(text.trim());
    const match = wanted ? articles.find((a) => foldText(a.title) === wanted) : undefined;
    const next = wanted === '' ? '' : (match?.id ?? value);
    setDraft({ text, forValue: next });
    if (next !== value) onChange(next);
  };

  return (
    <label>
      Article
      <input
        className="field"
        type="search"
        list={listId}
        value={draft.text}
        placeholder="All articles"
        autoComplete="off"
        onChange={(e) => typed(e.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((a) => (
          <option key={a.id} value={a.title} />
        ))}
      </datalist>
    </label>
  );
}
