import type { StateCreator } from 'zustand';
import { fetchManifest, readArticleText } from '../db/corpus';
import type { Article, Manifest, ParsedArticle } from '../domain/corpus/types';
import { errorMessage } from '../domain/error-message';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

/** An article's canonical text and what the reader shows of it. */
export interface ReadableText {
  text: string;
  parsed: ParsedArticle;
}

export interface CorpusSlice {
  manifest: LoadState<Manifest>;
  /** Texts read this session, by article id. */
  texts: Record<string, LoadState<ReadableText>>;
  /** Fetches the manifest once; later calls reuse it unless `force` (Retry). */
  loadManifest: (force?: boolean) => Promise<void>;
  /** Reads and parses one article's text once (bundled or imported). */
  loadText: (article: Article, force?: boolean) => Promise<void>;
}

export const createCorpusSlice: StateCreator<CorpusSlice, [], [], CorpusSlice> = (set, get) => ({
  manifest: { status: 'idle' },
  texts: {},
  loadManifest: async (force = false) => {
    const current = get().manifest.status;
    if (!force && (current === 'loading' || current === 'ready')) return;
    set({ manifest: { status: 'loading' } });
    try {
      set({ manifest: { status: 'ready', value: await fetchManifest() } });
    } catch (error) {
      set({ manifest: { status: 'error', message: errorMessage(error) } });
    }
  },
  loadText: async (article, force = false) => {
    const { id } = article;
    const current = get().texts[id]?.status;
    if (!force && (current === 'loading' || current === 'ready')) return;
    set((s) => ({ texts: { ...s.texts, [id]: { status: 'loading' } } }));
    try {
      // The parser loads with the first article opened, not with the library; it is fetched
      // while the text is read, not after.
      const parser = import('../domain/corpus/parse-for-reading');
      const text = await readArticleText(article);
      const { parseForReading } = await parser;
      // Paragraphs from the text; title, date, word count and the rest from the article's record.
      const parsed = parseForReading(text, article);
      set((s) => ({ texts: { ...s.texts, [id]: { status: 'ready', value: { text, parsed } } } }));
    } catch (error) {
      set((s) => ({
        texts: { ...s.texts, [id]: { status: 'error', message: errorMessage(error) } },
      }));
    }
  },
});
