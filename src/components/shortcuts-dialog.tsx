import { useTags } from '../hooks/use-tags';
import { ModalDialog } from './modal-dialog';
import styles from './shortcuts-dialog.module.css';
import { TagSwatch } from './tag-swatch';

const shortcuts: [string, string][] = [
  ['H', 'Highlight the selected text'],
  ['Tag hotkey', 'Highlight the selection and tag it (or tag the open annotation)'],
  ['J / K', 'Next / previous highlight'],
  ['Enter', 'On a focused highlight: open it in the editor'],
  [
    'Arrows',
    'In the article text: move the caret (it starts at the focused highlight, where you last clicked, or at the top of the screen)',
  ],
  ['Ctrl/Alt + ← / →', 'Move the caret by word'],
  ['Home / End', 'Move the caret to the start / end of the line'],
  ['Shift + any of these', 'Select text from the caret (then H or a tag hotkey)'],
  ['/', 'Search all articles and notes'],
  ['Escape', 'Close the editor, toolbar or this list'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Ctrl/⌘ + Shift + Z or Ctrl + Y', 'Redo'],
  ['?', 'Show these shortcuts'],
];

/** The list of keyboard shortcuts (key `?`), with the codebook's own tag hotkeys. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { tags } = useTags();
  const withHotkeys = tags.filter((t) => t.hotkey);
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <dl className={styles.list} aria-label="Keys">
        {shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <h3 className={styles.subhead}>Tag hotkeys</h3>
      {withHotkeys.length > 0 ? (
        <dl className={styles.list} aria-label="Tag hotkeys">
          {withHotkeys.map((tag) => (
            <div key={tag.id}>
              <dt>
                <kbd>{tag.hotkey}</kbd>
              </dt>
              <dd>
                <TagSwatch color={tag.color} /> {tag.name}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={styles.none}>No tag has a hotkey yet; give one on the Tags page.</p>
      )}
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog's one action */}
      <button type="button" className="button button-primary" autoFocus onClick={onClose}>
        Close
      </button>
    </ModalDialog>
  );
}
