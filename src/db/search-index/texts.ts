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
  private told!: () => void;
  /** Settled once the page said where to read (a query may come before that). */
  private readonly known = new Promise<void>((resolve) => (this.told = resolve));

  /** Which database to read (null: none, memory mode). */
  open(dbName: string | null): void {
    this.told();
    if (dbName === this.dbName) return;
    this.db?.close();
    this.db = null;
    this.dbName = dbName;
  }

  /** Where each article's text lives (until told, every text is looked for in the database). */
  update(dbName: string | null, refs: readonly TextRef[]): void {
    this.open(dbName);
    this.refs.clear();
    for (const ref of refs) this.refs.set(ref.id, ref);
  }

  /** Whether the worker can read the user's documents itself. */
  get readsDatabase(): boolean {
    return this.dbName !== null;
  }

  private async connect(): Promise<GlossDB | null> {
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
    await this.known;
    const out: (string | undefined)[] = ids.map(() => undefined);
    const stored: number[] = [];
    const bundled: number[] = [];
    ids.forEach((id, k) => (this.refs.get(id)?.origin === 'bundled' ? bundled : stored).push(k));
    if (stored.length > 0) {
      const db = await this.connect();
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
