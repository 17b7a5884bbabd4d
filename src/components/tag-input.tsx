import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { normalizeTagName, tagNameKey } from '../domain/codebook';
import type { Tag } from '../domain/model';
import styles from './annotation-editor.module.css';
import { TagSwatch } from './tag-swatch';

interface Props {
  selected: readonly Tag[];
  all: readonly Tag[];
  onAdd: (name: string) => void;
  onRemove: (tagId: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

const MAX_SUGGESTIONS = 8;

/**
 * The "Tags" field: chips for the tags on the annotation and a combobox that autocompletes from
 * the codebook. Enter adds (creating a new tag when the name is new); Backspace on an empty field
 * removes the last chip.
 */
export function TagInput({ selected, all, onAdd, onRemove, inputRef }: Props) {
  const [value, setValue] = useState('');
  const [highlighted, setHighlighted] = useState(-1);
  const listId = useId();
  const query = tagNameKey(value);
  const chosen = new Set(selected.map((t) => t.id));
  const suggestions = query
    ? all.filter((t) => !chosen.has(t.id) && t.nameKey.includes(query)).slice(0, MAX_SUGGESTIONS)
    : [];
  const open = suggestions.length > 0;
  const active =
    open && highlighted >= 0
      ? suggestions[Math.min(highlighted, suggestions.length - 1)]
      : undefined;

  const add = (name: string) => {
    const clean = normalizeTagName(name);
    if (clean) onAdd(clean);
    setValue('');
    setHighlighted(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const exact = all.find((t) => t.nameKey === query);
      add(active?.name ?? exact?.name ?? value);
    } else if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setHighlighted((h) => (h + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setHighlighted((h) => (h <= 0 ? suggestions.length - 1 : h - 1));
    } else if (event.key === 'Tab' && !event.shiftKey && open && value) {
      event.preventDefault();
      add((active ?? suggestions[0] ?? { name: value }).name);
    } else if (event.key === 'Backspace' && value === '' && selected.length > 0) {
      onRemove((selected.at(-1) as Tag).id);
    } else if (event.key === 'Escape' && value) {
      event.stopPropagation();
      setValue('');
    }
  };

  return (
    <div className={styles.tagInput}>
      {selected.length > 0 ? (
        <ul className={styles.chips} aria-label="Tags on this annotation">
          {selected.map((tag) => (
            <li key={tag.id} className={styles.chip}>
              <TagSwatch color={tag.color} />
              <span>{tag.name}</span>
              <button
                type="button"
                aria-label={`Remove tag ${tag.name}`}
                onClick={() => onRemove(tag.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={inputRef}
        className="field"
        type="text"
        role="combobox"
        aria-label="Tags"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
        placeholder="Add a tag and press Enter"
        maxLength={120}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setHighlighted(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching tags"
        className={styles.suggestions}
        hidden={!open}
      >
        {suggestions.map((tag, index) => (
          <li
            key={tag.id}
            id={`${listId}-${tag.id}`}
            role="option"
            aria-selected={index === highlighted}
            onMouseDown={(e) => {
              e.preventDefault();
              add(tag.name);
            }}
          >
            <TagSwatch color={tag.color} /> {tag.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
