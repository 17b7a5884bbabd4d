import type { StateCreator } from 'zustand';
import type { Manifest, ParsedArticle } from '../domain/corpus/types';
import { errorMessage } from '../domain/error-message';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

export interface LoadedText {
  text: string;
  parsed: ParsedArticle;
}

export interface CorpusSlice {
  manifest: LoadState<Manifest>;
  texts: Record<string, LoadState<LoadedText>>;
  /** Fetches the manifest once; later calls reuse it unless `force` (Retry). */
  loadManifest: (force?: boolean) => Promise<void>;
  /** Fetches and parses one bundled article's text once. */
  loadSeedText: (id: string, file: string, force?: boolean) => Promise<void>;
}

const seedsUrl = `${import.meta.env.BASE_URL}seeds/`;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response;
}

export const createCorpusSlice: StateCreator<CorpusSlice, [], [], CorpusSlice> = (set, get) => ({
  manifest: { status: 'idle' },
  texts: {},
  loadManifest: async (force = false) => {
    const current = get().manifest.status;
    if (!force && (current === 'loading' || current === 'ready')) return;
    set({ manifest: { status: 'loading' } });
    try {
      const response = await fetchOk(`${seedsUrl}manifest.json`);
      const value = (await response.json()) as Manifest;
      if (!Array.isArray(value.articles)) throw new Error('the manifest has no list of articles');
      set({ manifest: { status: 'ready', value } });
    } catch (error) {
      set({ manifest: { status: 'error', message: errorMessage(error) } });
    }
  },
  loadSeedText: async (id, file, force = false) => {
    const current = get().texts[id]?.status;
    if (!force && (current === 'loading' || current === 'ready')) return;
    set((s) => ({ texts: { ...s.texts, [id]: { status: 'loading' } } }));
    try {
      const response = await fetchOk(`${seedsUrl}${encodeURIComponent(file)}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // The decoder and the parser load with the first article opened, not with the library
      // (a static import of the decoder would split the first chunk in two).
      const [{ decodeCanonicalText }, { parseArticle }] = await Promise.all([
        import('../domain/corpus/decode'),
        import('../domain/corpus/parse'),
      ]);
      const text = decodeCanonicalText(bytes);
      const value: LoadedText = { text, parsed: parseArticle(text, { fileName: file }) };
      set((s) => ({ texts: { ...s.texts, [id]: { status: 'ready', value } } }));
    } catch (error) {
      set((s) => ({
        texts: { ...s.texts, [id]: { status: 'error', message: errorMessage(error) } },
      }));
    }
  },
});
