import { useState } from 'react';
import {
  NONE,
  type FacetCounts,
  type FacetName,
  type FacetSelection,
} from '../domain/library-index';
import type { ArticleSet, Tag } from '../domain/model';
import { UNKNOWN_OUTLET, formatNumber, languageName } from './format';
import styles from './library-browser.module.css';

interface Props {
  counts: FacetCounts;
  selection: FacetSelection;
  sets: readonly ArticleSet[];
  tags: readonly Tag[];
  onToggle: (facet: FacetName, value: string) => void;
  onDeleteSet: (set: ArticleSet) => void;
}

/** How many values a facet shows before "Show all". */
const FOLDED = 8;

const TITLES: Record<FacetName, string> = {
  outlet: 'Outlet',
  language: 'Language',
  year: 'Year',
  month: 'Month',
  coded: 'Coding',
  set: 'Set',
  tag: 'Tag',
};

const monthNames = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2016-11" → "November 2016". */
function monthLabel(value: string): string {
  const [year, month] = value.split('-').map(Number);
  if (value === NONE || !year || !month) return 'Undated';
  return monthNames.format(new Date(Date.UTC(year, month - 1, 1)));
}

interface Value {
  value: string;
  label: string;
  count: number;
}

function valuesOf(
  facet: FacetName,
  counts: FacetCounts,
  selection: FacetSelection,
  sets: readonly ArticleSet[],
  tags: readonly Tag[],
): Value[] {
  const map = new Map(counts[facet]);
  const selected = selection[facet];
  // A selected value stays listed (to be unselected) even when nothing else matches it.
  if (selected !== undefined && !map.has(selected)) map.set(selected, 0);
  if (facet === 'set') for (const set of sets) if (!map.has(set.id)) map.set(set.id, 0);
  const setNames = new Map(sets.map((set) => [set.id, set.name]));
  const tagNames = facet === 'tag' ? new Map(tags.map((tag) => [tag.id, tag.name])) : null;
  const label = (value: string): string => {
    switch (facet) {
      case 'outlet':
        return value === NONE ? UNKNOWN_OUTLET : value;
      case 'language':
        return languageName(value);
      case 'year':
        return value === NONE ? 'Undated' : value;
      case 'coded':
        return value === 'coded' ? 'Coded' : 'Not coded';
      case 'month':
        return monthLabel(value);
      case 'set':
        return setNames.get(value) ?? 'A deleted set';
      case 'tag':
        return tagNames?.get(value) ?? 'A deleted tag';
    }
  };
  const values = [...map].map(([value, count]) => ({ value, label: label(value), count }));
  if (facet === 'year' || facet === 'month')
    return values.sort((a, b) => b.value.localeCompare(a.value));
  if (facet === 'set') return values.sort((a, b) => a.label.localeCompare(b.label));
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** One facet: its values with counts, each a toggle button. */
function Facet({
  facet,
  values,
  selected,
  onToggle,
  sets,
  onDeleteSet,
}: {
  facet: FacetName;
  values: Value[];
  selected: string | undefined;
  onToggle: Props['onToggle'];
  sets: readonly ArticleSet[];
  onDeleteSet: Props['onDeleteSet'];
}) {
  const [all, setAll] = useState(false);
  // Folded, a selected value stays in sight so that it can be unselected.
  const shown = all ? values : values.filter((v, index) => index < FOLDED || v.value === selected);
  const headingId = `facet-${facet}`;
  return (
    <section className={styles.facet} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.facetTitle}>
        {TITLES[facet]}
      </h2>
      <ul className={styles.facetValues}>
        {shown.map(({ value, label, count }) => {
          const set = facet === 'set' ? sets.find((s) => s.id === value) : undefined;
          return (
            <li key={value}>
              <button
                type="button"
                className={styles.facetValue}
                aria-pressed={selected === value}
                onClick={() => onToggle(facet, value)}
              >
                <span>{label}</span>{' '}
                <span className={styles.facetCount}>{formatNumber(count)}</span>
              </button>
              {set ? (
                <button
                  type="button"
                  className={styles.facetDelete}
                  aria-label={`Delete the set ${set.name}`}
                  onClick={() => onDeleteSet(set)}
                >
                  ×
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {values.length > FOLDED ? (
        <button
          type="button"
          className={styles.more}
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer' : `Show all ${values.length} ${TITLES[facet].toLowerCase()} values`}
        </button>
      ) : null}
    </section>
  );
}

/**
 * Facets with counts (outlet, language, year and the chosen year's months, coding, set, tag); a
 * click filters, another clears.
 */
export function LibraryFacets({ counts, selection, sets, tags, onToggle, onDeleteSet }: Props) {
  const facets: FacetName[] = ['outlet', 'language', 'year'];
  if (selection.year !== undefined && selection.year !== NONE) facets.push('month');
  facets.push('coded');
  if (sets.length > 0 || selection.set !== undefined) facets.push('set');
  if (counts.tag.size > 0 || selection.tag !== undefined) facets.push('tag');
  return (
    <div className={styles.facets}>
      {facets.map((facet) => (
        <Facet
          key={facet}
          facet={facet}
          values={valuesOf(facet, counts, selection, sets, tags)}
          selected={selection[facet]}
          onToggle={onToggle}
          sets={sets}
          onDeleteSet={onDeleteSet}
        />
      ))}
    </div>
  );
}
