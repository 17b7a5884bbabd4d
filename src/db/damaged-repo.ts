import { partitionRecords, type DamagedRecord } from '../domain/validation/sound-records';
import { getDb, type GlossDB } from './db';
import { mapDbError } from './errors';
import { joinTexts } from './document-texts';
import type { DocumentMeta } from '../domain/model';

export type { DamagedRecord } from '../domain/validation/sound-records';

const TABLES = ['annotations', 'tags', 'memos', 'articles'] as const;

/**
 * Records that fail their check on read: listed so the user can download them raw or delete
 * them, while every view goes on with the sound ones.
 */
export function createDamagedRepo(database?: GlossDB) {
  const dbOf = (): GlossDB => database ?? getDb();
  return {
    /** Every damaged record in every table. */
    async list(): Promise<DamagedRecord[]> {
      try {
        const db = dbOf();
        const found: DamagedRecord[] = [];
        for (const table of TABLES) {
          const { sound, damaged } = partitionRecords(table, await db.table(table).toArray());
          found.push(...damaged);
          // A document whose text went missing cannot be opened: list it too.
          if (table === 'articles')
            found.push(...(await joinTexts(db, sound as DocumentMeta[])).damaged);
        }
        return found;
      } catch (error) {
        throw mapDbError(error);
      }
    },

    /** Deletes one damaged record by its table and key. */
    async remove(record: Pick<DamagedRecord, 'table' | 'key'>): Promise<void> {
      try {
        const db = dbOf();
        if (record.table === 'articles')
          await db.transaction('rw', [db.articles, db.texts], async () => {
            await db.articles.delete(record.key);
            await db.texts.delete(record.key);
          });
        else await db.table(record.table).delete(record.key);
      } catch (error) {
        throw mapDbError(error);
      }
    },
  };
}

export type DamagedRepo = ReturnType<typeof createDamagedRepo>;
export const damagedRepo: DamagedRepo = createDamagedRepo();
