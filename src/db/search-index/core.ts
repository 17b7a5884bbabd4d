import { searchTerms } from '../../domain/search/query';
import {
  countMatches,
  findInText,
  foldKeepingOffsets,
  type ArticleResult,
} from '../../domain/search/search';

/*
 * The full-text index over every article (docs/architecture.md "Search"). It runs in a Web
 * Worker (worker.ts); this module is the part that does not know it, so tests drive it directly.
 *
 * An inverted index of whole words: each folded word (case and accents folded, see
 * foldKeepingOffsets) has the sorted list of the articles holding it. A query intersects the
 * lists of its words (AND); the last word matches every indexed word it begins (a range of the
 * sorted vocabulary), as the user types; quoted phrases are then checked in the candidates'
 * folded texts. Building is one pass over each text; a query touches only the lists it needs.
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
  docs: IndexedDoc[];
  /** Indexed words, "\n"-joined, in term-id order. */
  terms: string;
  /** For term i, its postings are postings[offsets[i] .. offsets[i+1]). */
  offsets: Uint32Array;
  postings: Uint32Array;
}

export interface IndexSearchResult {
  /** Articles that match (title matches first, then library order), at most `limit`. */
  results: ArticleResult[];
  /** How many articles match in all. */
  articleCount: number;
}

/** Bumped whenever tokenising or the stored shape changes: an older index is rebuilt. */
export const INDEX_VERSION = 2;

const wordCharacters = new Map<number, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a code unit is part of a word: ASCII by range, others by Unicode class (cached). */
function isWordUnit(code: number): boolean {
  if (code < 0x80)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters (surrogate halves)
  let word = wordCharacters.get(code);
  if (word === undefined) {
    word = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordCharacters.set(code, word);
  }
  return word;
}

/** Calls `each` with every word of a folded text. */
function forEachWord(folded: string, each: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= folded.length; i += 1) {
    const word = i < folded.length && isWordUnit(folded.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      each(folded.slice(start, i));
      start = -1;
    }
  }
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(foldKeepingOffsets(text), (w) => words.push(w));
  return words;
}

interface Held extends IndexedDoc {
  foldedTitle: string;
  /** Filled on first need (phrases, snippets), then kept. */
  folded?: string;
}

/** A term's documents: a view into the loaded index until a document is added to it. */
type Postings = number[] | Uint32Array;

/** Sorted ascending, no duplicates: the documents in both lists. */
function intersect(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return out;
}

export class SearchIndexCore {
  /** Documents by slot; a removed one leaves a hole until the index is compacted. */
  private docs: (Held | undefined)[] = [];
  private slots = new Map<string, number>();
  private termIds = new Map<string, number>();
  private terms: string[] = [];
  private postings: Postings[] = [];
  private sortedTerms: string[] | null = null;
  private holes = 0;

  /** Replaces what is held by a stored index; false when it is from another version. */
  load(stored: PersistedIndex): boolean {
    if (stored.version !== INDEX_VERSION) return false;
    this.docs = stored.docs.map((doc) => ({ ...doc, foldedTitle: foldKeepingOffsets(doc.title) }));
    this.slots = new Map(stored.docs.map((doc, slot) => [doc.id, slot]));
    this.terms = stored.terms === '' ? [] : stored.terms.split('\n');
    this.termIds = new Map(this.terms.map((term, id) => [term, id]));
    this.postings = this.terms.map((_, id) =>
      stored.postings.subarray(stored.offsets[id], stored.offsets[id + 1]),
    );
    this.sortedTerms = null;
    this.holes = 0;
    return true;
  }

  get size(): number {
    return this.slots.size;
  }

  /**
   * Brings the index in line with the library: drops articles no longer in it or whose text
   * changed, and says which ones must be (re)added.
   * @returns the ids to add, in the library's order
   */
  reconcile(current: readonly { id: string; textHash: string }[]): string[] {
    const wanted = new Map(current.map((a) => [a.id, a.textHash]));
    for (const [id, slot] of [...this.slots]) {
      if (wanted.get(id) !== this.docs[slot]?.textHash) this.remove(id);
    }
    if (this.holes > 0 && this.holes * 5 > this.docs.length) this.compact();
    return current.filter((a) => !this.slots.has(a.id)).map((a) => a.id);
  }

  add(docs: readonly IndexedDoc[]): void {
    for (const doc of docs) {
      if (this.slots.has(doc.id)) this.remove(doc.id);
      this.index(doc);
    }
  }

  private index(doc: IndexedDoc): void {
    const slot = this.docs.length;
    const folded = foldKeepingOffsets(`${doc.title}\n${doc.text}`);
    this.docs.push({ ...doc, foldedTitle: foldKeepingOffsets(doc.title) });
    this.slots.set(doc.id, slot);
    forEachWord(folded, (word) => {
      let id = this.termIds.get(word);
      if (id === undefined) {
        id = this.terms.length;
        this.terms.push(word);
        this.termIds.set(word, id);
        this.postings.push([]);
        this.sortedTerms = null;
      }
      let list = this.postings[id] as Postings;
      if (list[list.length - 1] === slot) return;
      if (list instanceof Uint32Array) {
        list = Array.from(list);
        this.postings[id] = list;
      }
      list.push(slot);
    });
  }

  private remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.docs[slot] = undefined;
    this.holes += 1;
  }

  /** Rebuilds the lists without the removed documents' slots. */
  private compact(): void {
    const kept = this.docs.filter((doc): doc is Held => doc !== undefined);
    this.docs = [];
    this.slots = new Map();
    this.termIds = new Map();
    this.terms = [];
    this.postings = [];
    this.sortedTerms = null;
    this.holes = 0;
    for (const doc of kept) this.index(doc);
  }

  /** The lists of every indexed word that begins with `prefix`, merged. */
  private prefixed(prefix: string): ArrayLike<number> {
    this.sortedTerms ??= [...this.terms].sort();
    const sorted = this.sortedTerms;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    const lists: Postings[] = [];
    for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(prefix); i += 1)
      lists.push(this.postings[this.termIds.get(sorted[i] as string) as number] ?? []);
    if (lists.length <= 1) return lists[0] ?? [];
    const slots = new Uint8Array(this.docs.length);
    for (const list of lists) for (let k = 0; k < list.length; k += 1) slots[list[k] as number] = 1;
    const merged: number[] = [];
    slots.forEach((hit, slot) => {
      if (hit) merged.push(slot);
    });
    return merged;
  }

  private foldedOf(doc: Held): string {
    doc.folded ??= foldKeepingOffsets(doc.text);
    return doc.folded;
  }

  /**
   * The articles holding every word (the last by prefix) and every "quoted phrase" of the query,
   * ignoring case and accents; snippets for the first `limit`.
   */
  search(query: string, limit = 50, perArticle = 5): IndexSearchResult {
    const terms = searchTerms(query);
    const words = terms.flatMap(wordsOf);
    if (words.length === 0) return { results: [], articleCount: 0 };
    const lists: ArrayLike<number>[] = words.map((word, i) =>
      i === words.length - 1
        ? this.prefixed(word)
        : (this.postings[this.termIds.get(word) ?? -1] ?? []),
    );
    lists.sort((a, b) => a.length - b.length);
    let slots: ArrayLike<number> = lists[0] as ArrayLike<number>;
    for (const list of lists.slice(1)) slots = intersect(slots, list);

    const phrases = terms.map(foldKeepingOffsets).filter((term) => wordsOf(term).length > 1);
    // A phrase is looked for only in articles that hold all its words.
    const titleWords = words.slice(0, -1);
    const inTitle: Held[] = [];
    const rest: Held[] = [];
    for (let k = 0; k < slots.length; k += 1) {
      const doc = this.docs[slots[k] as number];
      if (!doc) continue;
      if (phrases.length > 0 && !phrases.every((p) => this.foldedOf(doc).includes(p))) continue;
      const title = doc.foldedTitle;
      (titleWords.every((w) => title.includes(w)) && title.includes(words.at(-1) as string)
        ? inTitle
        : rest
      ).push(doc);
    }
    const matching = [...inTitle, ...rest];
    const foldedTerms = terms.map(foldKeepingOffsets);
    const results = matching.slice(0, limit).map((doc) => {
      const folded = this.foldedOf(doc);
      const hits = findInText(doc.text, query, { folded, limit: perArticle });
      return { id: doc.id, title: doc.title, total: countMatches(folded, foldedTerms), hits };
    });
    return { results, articleCount: matching.length };
  }

  /** The whole index as stored between visits (removed documents left out). */
  persisted(): PersistedIndex {
    if (this.holes > 0) this.compact();
    const offsets = new Uint32Array(this.terms.length + 1);
    let total = 0;
    this.postings.forEach((list, id) => {
      offsets[id] = total;
      total += list.length;
    });
    offsets[this.terms.length] = total;
    const postings = new Uint32Array(total);
    this.postings.forEach((list, id) => postings.set(list, offsets[id]));
    const docs = (this.docs as Held[]).map(
      ({ folded: _folded, foldedTitle: _title, ...doc }) => doc,
    );
    return {
      version: INDEX_VERSION,
      docs,
      terms: this.terms.join('\n'),
      offsets,
      postings,
    };
  }
}
