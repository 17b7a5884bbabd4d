/** One key/value pair of the `meta` table (settings and bookkeeping, not user content). */
export interface MetaRecord {
  key: string;
  value: unknown;
}
