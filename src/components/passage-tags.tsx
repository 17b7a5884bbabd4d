import type { Tag } from '../domain/model';
import styles from './passage-tags.module.css';
import { TagSwatch } from './tag-swatch';

/** The tag chips under a passage: colour and name, so colour is never the only cue. */
export function PassageTags({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className={styles.tags} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.id}>
          <TagSwatch color={tag.color} />
          {tag.name}
        </li>
      ))}
    </ul>
  );
}
