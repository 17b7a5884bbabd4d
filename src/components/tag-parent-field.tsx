import type { Tag } from '../domain/model';
import { FormField } from './form-field';
import styles from './tag-form.module.css';

interface Props {
  /** The whole codebook. */
  tags: readonly Tag[];
  /** The tag being edited; absent for a new tag. */
  self: Tag | undefined;
  value: string;
  error: string | undefined;
  onChange: (parentId: string) => void;
}

/** "Parent tag": one level of sub-tags, so only top-level tags are offered, and never itself. */
export function TagParentField({ tags, self, value, error, onChange }: Props) {
  const hasChildren = self !== undefined && tags.some((tag) => tag.parentId === self.id);
  const parents = tags.filter((tag) => tag.parentId === null && tag.id !== self?.id);
  return (
    <FormField
      label="Parent tag"
      hint={hasChildren ? 'Has sub-tags, so it stays at the top level' : 'Optional'}
      error={error}
      className={styles.parent}
    >
      {(control) => (
        <select
          {...control}
          data-field="parentId"
          className="field"
          value={value}
          disabled={hasChildren && value === ''}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">None (top level)</option>
          {parents.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
