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

/** One article as it is added: its text is read once to index it. */
export interface IndexedDoc {
  id: string;
  title: string;
  textHash: string;
  text: string;
}

/**
 * What is stored between visits, so the index is loaded, not rebuilt: the postings and the
 * articles' ids, titles and text hashes, no texts (snippets and phrases read the app's own texts
 * when a query needs them, see TextSource). Terms are stored sorted, so a prefix is a range of
 * term ids at once.
 */
export interface PersistedIndex {
  version: typeof INDEX_VERSION;
  ids: string[];
  titles: string[];
  hashes: string[];
  /** Indexed words, "\n"-joined, sorted (term id = place in this list). */
  terms: string;
  /** For term i, its postings are postings[offsets[i] .. offsets[i+1]). */
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** Reads the texts of articles the index holds (undefined for one that cannot be read). */
export type TextSource = (ids: readonly string[]) => Promise<(string | undefined)[]>;

export interface IndexSearchResult {
  /** Articles that match (title matches first, then library order), at most `limit`. */
  results: ArticleResult[];
  /** How many articles match in all. */
  articleCount: number;
}

/** Bumped whenever tokenising or the stored shape changes: an older index is rebuilt. */
export const INDEX_VERSION = 3;

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

interface Held {
  id: string;
  title: string;
  textHash: string;
  foldedTitle: string;
  /** Kept from indexing, or read from the TextSource on first need (phrases, snippets). */
  text?: string;
  /** Filled on first need, then kept. */
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

/** Texts are read from the TextSource this many at a time. */
const READ_BATCH = 500;
/** In the background, fewer: a query waits for at most one such batch. */
const WARM_BATCH = 100;

export class SearchIndexCore {
  /** Documents by slot; a removed one leaves a hole until the index is compacted. */
  private docs: (Held | undefined)[] = [];
  private slots = new Map<string, number>();
  private termIds = new Map<string, number>();
  private terms: string[] = [];
  private postings: Postings[] = [];
  private sortedTerms: string[] | null = null;
  private holes = 0;
  private readonly readTexts: TextSource;
  /**
   * What is known of recent phrases, per slot (0 not checked, 1 holds it, 2 lacks it): typing a
   * phrase extends it, and an article that lacks "the syria" lacks "the syrian" too, so each
   * keystroke checks only the articles still in the running. Cleared when the articles change.
   */
  private phraseMemo = new Map<string, Uint8Array>();

  /** `readTexts` gives the texts of loaded articles, which the stored index does not hold. */
  constructor(readTexts: TextSource = () => Promise.resolve([])) {
    this.readTexts = readTexts;
  }

  /** Replaces what is held by a stored index; false when it is from another version. */
  load(stored: PersistedIndex): boolean {
    if (stored.version !== INDEX_VERSION || !Array.isArray(stored.ids)) return false;
    const { ids, titles, hashes } = stored;
    this.docs = ids.map((id, slot) => {
      const title = titles[slot] ?? '';
      return { id, title, textHash: hashes[slot] ?? '', foldedTitle: foldKeepingOffsets(title) };
    });
    this.slots = new Map(ids.map((id, slot) => [id, slot]));
    this.terms = stored.terms === '' ? [] : stored.terms.split('\n');
    this.termIds = new Map(this.terms.map((term, id) => [term, id]));
    this.postings = this.terms.map((_, id) =>
      stored.postings.subarray(stored.offsets[id], stored.offsets[id + 1]),
    );
    // Stored sorted: the prefix ranges need no sort.
    this.sortedTerms = this.terms;
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
    this.phraseMemo.clear();
    for (const doc of docs) {
      if (this.slots.has(doc.id)) this.remove(doc.id);
      this.index(doc);
    }
  }

  private index(doc: IndexedDoc): void {
    const slot = this.docs.length;
    const folded = foldKeepingOffsets(doc.text);
    const foldedTitle = foldKeepingOffsets(doc.title);
    this.docs.push({
      id: doc.id,
      title: doc.title,
      textHash: doc.textHash,
      foldedTitle,
      text: doc.text,
      folded,
    });
    this.slots.set(doc.id, slot);
    const each = (word: string) => {
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
      if (!Array.isArray(list)) {
        list = Array.from(list);
        this.postings[id] = list;
      }
      list.push(slot);
    };
    forEachWord(foldedTitle, each);
    forEachWord(folded, each);
  }

  private remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.phraseMemo.clear();
    this.docs[slot] = undefined;
    this.holes += 1;
  }

  /** Renumbers the documents without the removed ones' slots, in every list. */
  private compact(): void {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const kept: Held[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      renumber[slot] = kept.length;
      kept.push(doc);
    });
    this.docs = kept;
    this.phraseMemo.clear();
    this.slots = new Map(kept.map((doc, slot) => [doc.id, slot]));
    this.postings = this.postings.map((list) => {
      const out: number[] = [];
      for (let k = 0; k < list.length; k += 1) {
        const slot = renumber[list[k] as number] as number;
        if (slot >= 0) out.push(slot);
      }
      return out;
    });
    this.holes = 0;
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
    for (let slot = 0; slot < slots.length; slot += 1) if (slots[slot]) merged.push(slot);
    return merged;
  }

  /** Reads the texts of `docs` that are not held yet (a stored index holds none). */
  private async ensureTexts(docs: readonly Held[]): Promise<void> {
    const missing = docs.filter((doc) => doc.text === undefined);
    for (let from = 0; from < missing.length; from += READ_BATCH) {
      const batch = missing.slice(from, from + READ_BATCH);
      const texts = await this.readTexts(batch.map((doc) => doc.id));
      batch.forEach((doc, k) => {
        // One that cannot be read now is searched as empty this time (its words still match by
        // the postings), and read again next time.
        const text = texts[k];
        if (text !== undefined) doc.text = text;
      });
    }
  }

  private foldedOf(doc: Held): string {
    if (doc.text === undefined) return '';
    doc.folded ??= foldKeepingOffsets(doc.text);
    return doc.folded;
  }

  /**
   * Reads every held article's text that is not held yet, a batch at a time, so that the first
   * queries after a cold start do not wait for them. @returns how many were read
   */
  async warm(shouldStop: () => boolean = () => false): Promise<number> {
    let read = 0;
    for (;;) {
      if (shouldStop()) return read;
      const batch: Held[] = [];
      for (const doc of this.docs) {
        if (doc && doc.text === undefined) batch.push(doc);
        if (batch.length >= WARM_BATCH) break;
      }
      if (batch.length === 0) return read;
      await this.ensureTexts(batch);
      for (const doc of batch) this.foldedOf(doc);
      read += batch.length;
      // What could not be read is left for the queries that need it.
      if (batch.every((doc) => doc.text === undefined)) return read;
    }
  }

  private docsAt(slots: ArrayLike<number>): Held[] {
    const docs: Held[] = [];
    for (let k = 0; k < slots.length; k += 1) {
      const doc = this.docs[slots[k] as number];
      if (doc) docs.push(doc);
    }
    return docs;
  }

  /** The memo of `phrase`, and those of remembered phrases inside it (an article lacking one lacks it). */
  private memosOf(phrase: string): { own: Uint8Array; within: Uint8Array[] } {
    let own = this.phraseMemo.get(phrase);
    if (own) this.phraseMemo.delete(phrase);
    else own = new Uint8Array(this.docs.length);
    this.phraseMemo.set(phrase, own); // the most recent last
    while (this.phraseMemo.size > 16)
      this.phraseMemo.delete(this.phraseMemo.keys().next().value as string);
    const within: Uint8Array[] = [];
    for (const [other, memo] of this.phraseMemo)
      if (other !== phrase && phrase.includes(other)) within.push(memo);
    return { own, within };
  }

  /** The documents at `slots` whose text holds every phrase. */
  private async withPhrases(slots: ArrayLike<number>, phrases: readonly string[]): Promise<Held[]> {
    const memos = phrases.map((phrase) => ({ phrase, ...this.memosOf(phrase) }));
    const HOLDS = 1;
    const LACKS = 2;
    const undecided: number[] = [];
    const kept: number[] = [];
    slots: for (let k = 0; k < slots.length; k += 1) {
      const slot = slots[k] as number;
      let open = false;
      for (const { own, within } of memos) {
        if (own[slot] === HOLDS) continue;
        if (own[slot] === LACKS || within.some((memo) => memo[slot] === LACKS)) {
          own[slot] = LACKS;
          continue slots;
        }
        open = true;
      }
      (open ? undecided : kept).push(slot);
    }
    const toCheck = this.docsAt(undecided);
    await this.ensureTexts(toCheck);
    for (const doc of toCheck) {
      const slot = this.slots.get(doc.id);
      // Not readable now: left out this time, not remembered as lacking the phrase.
      if (slot === undefined || doc.text === undefined) continue;
      const folded = this.foldedOf(doc);
      let holds = true;
      for (const { phrase, own } of memos) {
        if (own[slot] !== HOLDS) own[slot] = folded.includes(phrase) ? HOLDS : LACKS;
        if (own[slot] === LACKS) {
          holds = false;
          break;
        }
      }
      if (holds) kept.push(slot);
    }
    kept.sort((a, b) => a - b);
    return this.docsAt(kept);
  }

  /**
   * The articles holding every word (the last by prefix) and every "quoted phrase" of the query,
   * ignoring case and accents; snippets for the first `limit`.
   */
  async search(query: string, limit = 50, perArticle = 5): Promise<IndexSearchResult> {
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
    const candidates =
      phrases.length > 0 ? await this.withPhrases(slots, phrases) : this.docsAt(slots);
    const titleWords = words.slice(0, -1);
    const last = words.at(-1) as string;
    const inTitle: Held[] = [];
    const rest: Held[] = [];
    for (const doc of candidates) {
      const title = doc.foldedTitle;
      (titleWords.every((w) => title.includes(w)) && title.includes(last) ? inTitle : rest).push(
        doc,
      );
    }
    const shown = [...inTitle, ...rest].slice(0, limit);
    await this.ensureTexts(shown);
    const foldedTerms = terms.map(foldKeepingOffsets);
    const results = shown.map((doc) => {
      const folded = this.foldedOf(doc);
      const text = doc.text ?? '';
      const hits = findInText(text, query, { folded, limit: perArticle });
      return { id: doc.id, title: doc.title, total: countMatches(folded, foldedTerms), hits };
    });
    return { results, articleCount: candidates.length };
  }

  /** The whole index as stored between visits (removed documents left out), terms sorted. */
  persisted(): PersistedIndex {
    if (this.holes > 0) this.compact();
    // Words no document holds any more are left out.
    const order = this.terms.map((_, id) => id).filter((id) => this.postings[id]?.length);
    order.sort((a, b) => {
      const x = this.terms[a] as string;
      const y = this.terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const offsets = new Uint32Array(order.length + 1);
    let total = 0;
    order.forEach((id, place) => {
      offsets[place] = total;
      total += (this.postings[id] as Postings).length;
    });
    offsets[order.length] = total;
    const postings = new Uint32Array(total);
    order.forEach((id, place) => postings.set(this.postings[id] as Postings, offsets[place]));
    const docs = this.docs as Held[];
    return {
      version: INDEX_VERSION,
      ids: docs.map((doc) => doc.id),
      titles: docs.map((doc) => doc.title),
      hashes: docs.map((doc) => doc.textHash),
      terms: order.map((id) => this.terms[id]).join('\n'),
      offsets,
      postings,
    };
  }
}
