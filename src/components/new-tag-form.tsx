import { useId, useState } from 'react';
import { nextTagColor } from '../domain/codebook';
import type { Tag } from '../domain/model';
import { createTag, unwrap } from '../commands';
import type { TagDraft } from './tag-draft';
import { TagForm } from './tag-form';
import styles from './tags-page.module.css';

const emptyDraft: TagDraft = { name: '', color: '', description: '', hotkey: '', parentId: '' };

/** The "New tag" form; the colour follows the codebook's next free colour until the user picks one. */
export function NewTagForm({ tags }: { tags: readonly Tag[] }) {
  const headingId = useId();
  const [created, setCreated] = useState('');

  async function create(input: Parameters<typeof createTag>[0]) {
    setCreated('');
    const tag = unwrap(await createTag(input));
    setCreated(`Created the tag “${tag.name}”.`);
  }

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.panelHeading}>
        New tag
      </h2>
      <TagForm
        aria-labelledby={headingId}
        tags={tags}
        initial={emptyDraft}
        defaultColor={nextTagColor(tags)}
        submitLabel="Create tag"
        onSubmit={create}
        resetOnSuccess
      />
      <p role="status" className={styles.status}>
        {created}
      </p>
    </section>
  );
}
