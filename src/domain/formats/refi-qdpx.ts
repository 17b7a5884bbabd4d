import { strToU8, zipSync } from 'fflate';
import { exportRefiProject } from './refi-export';
import { REFI_SOURCES_FOLDER } from './refi-vocab';
import type { ExportInput } from './types';

/**
 * Packs a REFI-QDA project as a .qdpx: a zip holding `project.qde` and each
 * source's plain text as `sources/<guid>.txt` (UTF-8, exactly the article's
 * canonical text).
 */
export function exportQdpx(input: ExportInput): Uint8Array {
  const project = exportRefiProject(input);
  const mtime = input.exportedAt;
  const files: Record<string, [Uint8Array, { mtime: Date }]> = Object.create(null) as Record<
    string,
    [Uint8Array, { mtime: Date }]
  >;
  files['project.qde'] = [strToU8(project.xml), { mtime }];
  for (const [name, text] of project.sources) {
    files[`${REFI_SOURCES_FOLDER}/${name}`] = [strToU8(text), { mtime }];
  }
  return zipSync(files, { level: 6 });
}
