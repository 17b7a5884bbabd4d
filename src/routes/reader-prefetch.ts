import { articlesRepo } from '../db/articles-repo';
import { decodeSeed, seedUrl } from '../db/corpus';
import { putEarlyText } from '../db/text-prefetch';
import { useAppStore } from '../store';
import { prefetchArticleAnnotations } from '../store/article-annotations';

/**
 * An article opened by its URL: its text and its annotations are read while the reader's code
 * loads, not after its first render asks for them (the reader takes both: readArticleText and
 * the annotation feed). `segment` is the id as it stands in the URL; `storage` is the database's opening; nothing is read before it settles.
 */
export async function prefetchArticle(segment: string, storage: Promise<void>): Promise<void> {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    return; // Not an address the reader opens either.
  }
  const store = useAppStore.getState();
  const manifest = store.loadManifest();
  await storage;
  prefetchArticleAnnotations(id);
  const stored = articlesRepo.getText(id);
  putEarlyText('imported', id, stored);
  if ((await stored.catch(() => undefined)) !== undefined) return;
  // Not a stored document: a bundled article, when the manifest lists it.
  await manifest;
  const current = useAppStore.getState().manifest;
  const bundled =
    current.status === 'ready' ? current.value.articles.find((a) => a.id === id) : undefined;
  if (!bundled) return;
  putEarlyText(
    'bundled',
    bundled.file,
    fetch(seedUrl(bundled.file)).then((r) => (r.ok ? decodeSeed(r) : undefined)),
  );
}
