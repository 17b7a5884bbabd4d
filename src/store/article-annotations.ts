import { annotationsRepo, type AnnotationChange } from '../db';
import type { Annotation } from '../domain/model';

/**
 * One article's annotations for the reader: read once, then kept up to date from the changes
 * the database reports (docs/architecture.md "State"). Changes that arrive before the reader
 * listens are kept and handed over first, so nothing written meanwhile is missed.
 */
export interface ArticleAnnotationsFeed {
  readonly articleId: string;
  /** The annotations as read when the feed opened, in reading order. */
  readonly initial: Promise<Annotation[]>;
  /** Hands every change of this article to `listener`, starting with those kept so far. */
  listen(listener: (change: AnnotationChange) => void): void;
  close(): void;
}

function openFeed(articleId: string): ArticleAnnotationsFeed {
  let kept: AnnotationChange[] | null = [];
  let listener: ((change: AnnotationChange) => void) | null = null;
  // Subscribed before the read starts: a write that lands between the two is not lost.
  const unsubscribe = annotationsRepo.subscribeChanges((change) => {
    const puts = change.puts.filter((a) => a.articleId === articleId);
    if (!change.reset && puts.length === 0 && change.deletes.length === 0) return;
    const mine = { ...change, puts };
    if (listener) listener(mine);
    else kept?.push(mine);
  });
  return {
    articleId,
    initial: annotationsRepo.listByArticleInSlices(articleId),
    listen(next) {
      listener = next;
      for (const change of kept ?? []) next(change);
      kept = null;
    },
    close() {
      listener = null;
      kept = null;
      unsubscribe();
    },
  };
}

const feeds = new Map<string, { feed: ArticleAnnotationsFeed; claimed: boolean }>();

/**
 * Starts reading an article's annotations while its text loads, so the two arrive together.
 * @returns a function that closes the feed unless a reader has claimed it meanwhile
 */
export function prefetchArticleAnnotations(articleId: string): () => void {
  const entry = feeds.get(articleId) ?? { feed: openFeed(articleId), claimed: false };
  feeds.set(articleId, entry);
  return () => {
    if (entry.claimed || feeds.get(articleId) !== entry) return;
    feeds.delete(articleId);
    entry.feed.close();
  };
}

/** The feed of an article for its reader: the prefetched one, or a new one. Close it when done. */
export function claimArticleAnnotations(articleId: string): ArticleAnnotationsFeed {
  const existing = feeds.get(articleId);
  const entry =
    existing && !existing.claimed ? existing : { feed: openFeed(articleId), claimed: false };
  entry.claimed = true;
  feeds.set(articleId, entry);
  return {
    ...entry.feed,
    listen: entry.feed.listen,
    close() {
      if (feeds.get(articleId) === entry) feeds.delete(articleId);
      entry.feed.close();
    },
  };
}
