import type { Tag } from '../model';
import { codesElement } from './refi-codes';
import { REFI_CODEBOOK_NS, REFI_ORIGIN } from './refi-vocab';
import { XML_DECLARATION, xmlElement } from './xml-write';

/**
 * Writes the codebook as a REFI-QDA codebook file (.qdc, namespace
 * urn:QDA-XML:codebook:1.0): one Code per tag, sub-tags nested.
 * @throws Error when the codebook is empty (a .qdc must hold at least one code)
 */
export function exportRefiCodebook(tags: readonly Tag[]): string {
  const codes = codesElement(tags);
  if (codes === null) throw new Error('The codebook is empty: add a tag before exporting it.');
  return `${XML_DECLARATION}${xmlElement('CodeBook', { xmlns: REFI_CODEBOOK_NS, origin: REFI_ORIGIN }, [codes])}\n`;
}
