import type { Decision } from '../domain/adjudication/decisions';
import { CONSENSUS_CODER_ID, consensusCoder } from '../domain/coders/coder';
import type { Annotation } from '../domain/model';
import { getDb, type GlossDB } from './db';
import { mapDbError } from './errors';
import { loadSchemas } from './record-schemas';
import { checked } from './repo-write';
import { nextRevision } from './revision';

/** Decisions by item key; a null-prototype object, since keys come from ids. */
export type Decisions = Record<string, Decision>;

function metaKey(aCoderId: string, bCoderId: string): string {
  return `adjudication:${aCoderId}:${bCoderId}`;
}

/**
 * Adjudication decisions and the consensus layer they write. A decision and its consensus
 * annotations change together in one transaction, so a reload shows exactly what was decided.
 */
export function createAdjudicationRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();

  async function validated(annotations: readonly Annotation[]): Promise<Annotation[]> {
    const { AnnotationSchema } = await loadSchemas();
    return annotations.map((a, index) =>
      checked(`consensus annotation ${index}`, AnnotationSchema, a),
    );
  }

  async function ensureConsensus(db: GlossDB, now: string): Promise<void> {
    if (!(await db.coders.get(CONSENSUS_CODER_ID))) await db.coders.add(consensusCoder(now));
  }

  return {
    /** The decisions taken so far between coders A and B. */
    async decisions(aCoderId: string, bCoderId: string): Promise<Decisions> {
      const record = await dbOf().meta.get(metaKey(aCoderId, bCoderId));
      const out = Object.create(null) as Decisions;
      if (record && typeof record.value === 'object' && record.value !== null)
        Object.assign(out, record.value);
      return out;
    },

    /**
     * Records (or with null, withdraws) the decision on one item: removes what the item wrote
     * to the consensus before and writes `consensus` instead.
     */
    async decide(
      pair: { a: string; b: string },
      key: string,
      decision: Decision | null,
      clearIds: readonly string[],
      consensus: readonly Annotation[],
    ): Promise<void> {
      const records = await validated(consensus);
      const db = dbOf();
      try {
        await db.transaction('rw', [db.meta, db.annotations, db.coders], async () => {
          await ensureConsensus(db, new Date().toISOString());
          const before = await db.annotations.bulkGet(records.map((r) => r.id));
          await db.annotations.bulkDelete([...clearIds]);
          // A decision taken again moves the record on a revision (see ./revision).
          await db.annotations.bulkPut(records.map((r, i) => nextRevision(r, before[i])));
          const id = metaKey(pair.a, pair.b);
          const current = (await db.meta.get(id))?.value;
          const next = Object.assign(Object.create(null) as Decisions, current ?? {});
          if (decision) next[key] = decision;
          else delete next[key];
          await db.meta.put({ key: id, value: { ...next } });
        });
      } catch (error) {
        throw mapDbError(error);
      }
    },

    /** Puts agreed passages into the consensus once (never overwrites an existing record). */
    async seedAgreements(consensus: readonly Annotation[]): Promise<number> {
      const records = await validated(consensus);
      const db = dbOf();
      try {
        return await db.transaction('rw', [db.annotations, db.coders], async () => {
          const existing = await db.annotations.bulkGet(records.map((r) => r.id));
          const missing = records.filter((_, i) => existing[i] === undefined);
          if (missing.length === 0) return 0;
          await ensureConsensus(db, new Date().toISOString());
          await db.annotations.bulkAdd(missing);
          return missing.length;
        });
      } catch (error) {
        throw mapDbError(error);
      }
    },
  };
}

export type AdjudicationRepo = ReturnType<typeof createAdjudicationRepo>;
export const adjudicationRepo: AdjudicationRepo = createAdjudicationRepo();
