import { decodeCanonicalText } from '../../domain/corpus/decode';
import type { ArticleOrigin } from '../../domain/corpus/types';
import { GlossDB } from '../gloss-db';

/** Where an article's text is read from, as the page's library lists it. */
export interface TextRef {
  id: string;
  origin: ArticleOrigin;
  file: string;
}

const seedsUrl = `${import.meta.env.BASE_URL}seeds/`;

/**
 * The search worker's reader of the app's texts (docs/architecture.md "Search"): the user's
 * documents from the app's database, bundled ones from public/seeds, so that neither the page
 * nor the stored index carries them. Without a database (memory mode) only bundled texts are read;
 * the page then sends the others with each batch.
 */
export class WorkerTexts {
  private db: GlossDB | null = null;
  private dbName: string | null = null;
  private readonly refs = new Map<string, TextRef>();

  /** Which database to read and where each article's text lives; replaces what was known. */
  update(dbName: string | null, refs: readonly TextRef[]): void {
    if (dbName !== this.dbName) {
      this.db?.close();
      this.db = null;
      this.dbName = dbName;
    }
    this.refs.clear();
    for (const ref of refs) this.refs.set(ref.id, ref);
  }

  /** Whether the worker can read the user's documents itself. */
  get readsDatabase(): boolean {
    return this.dbName !== null;
  }

  private async open(): Promise<GlossDB | null> {
    if (this.dbName === null) return null;
    if (!this.db || this.db.hasBeenClosed()) {
      // Kept open between reads: a query's snippets should not wait for an open. The app's
      // versionchange handler closes it when another tab upgrades, and it is opened again here.
      this.db = new GlossDB(this.dbName);
      await this.db.open();
    }
    return this.db;
  }

  /** The texts of `ids`, in order; undefined for one that cannot be read. */
  async read(ids: readonly string[]): Promise<(string | undefined)[]> {
    const out: (string | undefined)[] = ids.map(() => undefined);
    const stored: number[] = [];
    const bundled: number[] = [];
    ids.forEach((id, k) => (this.refs.get(id)?.origin === 'bundled' ? bundled : stored).push(k));
    if (stored.length > 0) {
      const db = await this.open();
      if (db) {
        const rows = await db.texts.bulkGet(stored.map((k) => ids[k] as string));
        rows.forEach((row, n) => {
          out[stored[n] as number] = typeof row?.text === 'string' ? row.text : undefined;
        });
      }
    }
    await Promise.all(
      bundled.map(async (k) => {
        const ref = this.refs.get(ids[k] as string) as TextRef;
        const response = await fetch(`${seedsUrl}${encodeURIComponent(ref.file)}`);
        if (response.ok) out[k] = decodeCanonicalText(new Uint8Array(await response.arrayBuffer()));
      }),
    );
    return out;
  }
}
