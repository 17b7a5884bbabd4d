import { useEffect } from 'react';
import { NewTagForm } from '../components/new-tag-form';
import { StatusMessage } from '../components/status-message';
import { TagTable } from '../components/tag-table';
import { useTagUsage, useTags } from '../hooks/use-tags';
import styles from './tags.module.css';

/** `/tags`: the codebook — create tags, edit them inline, see how often each is used. */
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
          The codebook: the tags you code passages with. Give each a colour, a description of when
          to use it and, if you like, a one-key shortcut for the reader. Sub-tags sit one level
          under a parent.
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
