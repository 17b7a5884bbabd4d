import MiniSearch from 'minisearch';
import { searchTerms } from '../../domain/search/query';
import {
  countMatches,
  findInText,
  foldKeepingOffsets,
  type ArticleResult,
} from '../../domain/search/search';
import { foldText } from '../../domain/text/fold';

/*
 * The full-text index over every article (docs/architecture.md "Search"). It runs in a Web
 * Worker (worker.ts); this module is the part that does not know it, so tests drive it directly.
 * Words are matched whole through MiniSearch's inverted index (all of them: AND; the last one by
 * prefix, while typing), and quoted phrases are then checked in the candidates' folded texts.
 */

/** One article as the index holds it. */
export interface IndexedDoc {
  id: string;
  title: string;
  textHash: string;
  text: string;
}

/** What is stored between visits, so the index is loaded, not rebuilt. */
export interface PersistedIndex {
  version: typeof INDEX_VERSION;
  index: string;
  docs: IndexedDoc[];
}

export interface IndexSearchResult {
  /** Articles that match, best first (at most `limit`), with their hits. */
  results: ArticleResult[];
  /** How many articles match in all. */
  articleCount: number;
  /** How many matches those articles hold in all. */
  matchCount: number;
}

/** Bumped whenever tokenising or the stored shape changes: an older index is rebuilt. */
export const INDEX_VERSION = 1;

const WORD = /[\p{L}\p{N}]+/gu;

function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

const options = {
  idField: 'id',
  fields: ['title', 'text'],
  tokenize,
  processTerm: (term: string) => foldText(term),
  searchOptions: { combineWith: 'AND' as const, boost: { title: 2 } },
};

interface Held extends IndexedDoc {
  folded: string;
}

export class SearchIndexCore {
  private mini = new MiniSearch<IndexedDoc>(options);
  private readonly docs = new Map<string, Held>();

  /** Replaces what is held by a stored index; false when it is from another version. */
  load(stored: PersistedIndex): boolean {
    if (stored.version !== INDEX_VERSION) return false;
    this.mini = MiniSearch.loadJSON<IndexedDoc>(stored.index, options);
    this.docs.clear();
    for (const doc of stored.docs)
      this.docs.set(doc.id, { ...doc, folded: foldKeepingOffsets(doc.text) });
    return true;
  }

  get size(): number {
    return this.docs.size;
  }

  /**
   * Brings the index in line with the library: drops articles no longer in it or whose text
   * changed, and says which ones must be (re)added.
   * @returns the ids to add, in the library's order
   */
  reconcile(current: readonly { id: string; textHash: string }[]): string[] {
    const wanted = new Map(current.map((a) => [a.id, a.textHash]));
    for (const [id, doc] of this.docs) {
      if (wanted.get(id) !== doc.textHash) this.remove(id);
    }
    return current.filter((a) => !this.docs.has(a.id)).map((a) => a.id);
  }

  add(docs: readonly IndexedDoc[]): void {
    for (const doc of docs) {
      if (this.docs.has(doc.id)) this.remove(doc.id);
      this.mini.add(doc);
      this.docs.set(doc.id, { ...doc, folded: foldKeepingOffsets(doc.text) });
    }
  }

  private remove(id: string): void {
    this.mini.discard(id);
    this.docs.delete(id);
  }

  /**
   * The articles holding every word (the last by prefix) and every "quoted phrase" of the query,
   * ignoring case and accents, best first; snippets for the first `limit`.
   */
  search(query: string, limit = 50, perArticle = 5): IndexSearchResult {
    const terms = searchTerms(query);
    const words = terms.flatMap(tokenize);
    if (words.length === 0) return { results: [], articleCount: 0, matchCount: 0 };
    const folded = terms.map(foldKeepingOffsets);
    const phrases = folded.filter((term) => tokenize(term).length > 1);
    const ranked = this.mini.search(words.join(' '), {
      prefix: (_term, index, all) => index === all.length - 1,
    });
    const results: ArticleResult[] = [];
    let articleCount = 0;
    let matchCount = 0;
    for (const { id } of ranked) {
      const doc = this.docs.get(String(id));
      if (!doc || !phrases.every((phrase) => doc.folded.includes(phrase))) continue;
      const total = countMatches(doc.folded, folded);
      if (total === 0) continue;
      articleCount += 1;
      matchCount += total;
      if (results.length < limit) {
        const hits = findInText(doc.text, query, { folded: doc.folded, limit: perArticle });
        results.push({ id: doc.id, title: doc.title, total, hits });
      }
    }
    return { results, articleCount, matchCount };
  }

  /** The whole index as stored between visits. */
  persisted(): PersistedIndex {
    return {
      version: INDEX_VERSION,
      index: JSON.stringify(this.mini),
      docs: [...this.docs.values()].map(({ folded: _folded, ...doc }) => doc),
    };
  }
}
