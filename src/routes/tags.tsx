import { useEffect } from 'react';
import { NewTagForm } from '../components/new-tag-form';
import { StatusMessage } from '../components/status-message';
import { TagTable } from '../components/tag-table';
import { useTagUsage, useTags } from '../hooks/use-tags';
import styles from './tags.module.css';

/** `/tags`: the codebook — create, edit, merge and delete tags, read their memos, see their use. */
export function TagsRoute() {
  const { tags, loading } = useTags();
  const usage = useTagUsage();

  useEffect(() => {
    document.title = 'Tags · Gloss';
  }, []);

  return (
    <main className={styles.page} id="main">
      <div className={styles.heading}>
        <h1>Tags</h1>
        <p className={styles.intro}>
          The codebook: the tags you code passages with. Give each a colour, a memo saying when to
          use it (Markdown) and, if you like, a one-key shortcut for the reader. Sub-tags sit one
          level under a parent. Merge two tags that mean the same, or delete one you no longer need;
          both can be undone.
        </p>
      </div>
      <NewTagForm tags={tags} />
      {loading ? (
        <StatusMessage kind="loading" title="Loading tags…" />
      ) : tags.length === 0 ? (
        <StatusMessage
          kind="empty"
          title="No tags yet"
          detail="Create one above, or while annotating: type a new name in the Tags box of an annotation and it joins the codebook."
        />
      ) : (
        <TagTable tags={tags} usage={usage} />
      )}
    </main>
  );
}
