import type { ImportFormat } from '../domain/formats/types';

const NAMES: Record<ImportFormat, string> = {
  native: 'Gloss backup',
  w3c: 'W3C Web Annotation',
  doccano: 'doccano JSONL',
  hypothesis: 'Hypothesis',
  refi: 'REFI-QDA project',
  'refi-codebook': 'REFI-QDA codebook',
  'codebook-csv': 'codebook CSV',
  'annotation-csv': 'annotation CSV',
};

/** How the import preview names a file's format. */
export function importFormatName(format: ImportFormat): string {
  return NAMES[format];
}
