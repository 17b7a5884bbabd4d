import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { tagOptions, type TagOption } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { useAppStore } from '../store';
import styles from './annotation-editor.module.css';
import { TagSwatch } from './tag-swatch';

interface Props {
  selected: readonly Tag[];
  all: readonly Tag[];
  onAdd: (name: string) => void;
  onRemove: (tagId: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

const optionName = (option: TagOption) =>
  option.kind === 'tag' ? option.tag.name : `Create tag “${option.name}”`;

/**
 * The "Tags" field: chips for the tags on the annotation and a combobox over the codebook. The
 * first entry is active, so Enter takes the best match; a new tag is made only through the
 * explicit last entry "Create tag …" (or Ctrl+Enter), so a half-typed name never drifts into the
 * codebook. With "Lock the codebook" on, only existing tags are offered.
 */
export function TagInput({ selected, all, onAdd, onRemove, inputRef }: Props) {
  const [value, setValue] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const locked = useAppStore((s) => s.settings.lockCodebook);
  const listId = useId();
  const options = tagOptions(value, all, new Set(selected.map((t) => t.id)), !locked);
  const open = options.length > 0;
  const activeIndex = Math.min(highlighted, options.length - 1);
  const active = open ? options[activeIndex] : undefined;
  const create = options.find((o) => o.kind === 'create');
  const optionId = (option: TagOption) =>
    `${listId}-${option.kind === 'tag' ? option.tag.id : 'create'}`;

  const take = (option: TagOption | undefined) => {
    if (!option) return;
    onAdd(option.kind === 'tag' ? option.tag.name : option.name);
    setValue('');
    setHighlighted(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      take(create);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      take(active);
    } else if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setHighlighted((activeIndex + 1) % options.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setHighlighted(activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
    } else if (event.key === 'Tab' && !event.shiftKey && active?.kind === 'tag') {
      event.preventDefault();
      take(active);
    } else if (event.key === 'Backspace' && value === '' && selected.length > 0) {
      onRemove((selected.at(-1) as Tag).id);
    } else if (event.key === 'Escape' && value) {
      event.stopPropagation();
      setValue('');
    }
  };

  const hint = locked && value.trim() && !open ? 'No such tag: the codebook is locked.' : '';

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
        aria-activedescendant={active ? optionId(active) : undefined}
        aria-keyshortcuts={locked ? undefined : 'Control+Enter'}
        placeholder={locked ? 'Pick a tag from the codebook' : 'Add a tag and press Enter'}
        maxLength={120}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setHighlighted(0);
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
        {options.map((option, index) => (
          <li
            key={optionId(option)}
            id={optionId(option)}
            role="option"
            aria-selected={index === activeIndex}
            className={option.kind === 'create' ? styles.createOption : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              take(option);
            }}
          >
            {option.kind === 'tag' ? (
              <TagSwatch color={option.tag.color} />
            ) : (
              <span aria-hidden="true">+</span>
            )}{' '}
            {optionName(option)}
            {option.kind === 'create' ? (
              <kbd className={styles.shortcut} aria-hidden="true">
                Ctrl+Enter
              </kbd>
            ) : null}
          </li>
        ))}
      </ul>
      {/* Only a locked codebook refuses names, so only then is there something to announce. */}
      {locked ? (
        <p className={styles.hint} role="status">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
