import { ImportError } from './errors';
import { isJsonObject, own } from './json';
import { stringsOf } from './w3c-import-body';

const NOT_W3C =
  'This is not a W3C Web Annotation file: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of annotations.';

/** Pages are followed through embedded `next` objects; more than this is not a real file. */
const MAX_PAGES = 100_000;

function pageItems(page: Record<string, unknown>, where: string): unknown[] {
  const items = own(page, 'items');
  if (!Array.isArray(items)) {
    throw new ImportError(`The ${where} has no "items" list.`, `${where}.items`);
  }
  return items;
}

function collectionItems(collection: Record<string, unknown>): unknown[] {
  let page = own(collection, 'first');
  if (page === undefined) return [];
  const items: unknown[] = [];
  for (let count = 0; page !== undefined && count < MAX_PAGES; count++) {
    if (typeof page === 'string') {
      throw new ImportError(
        `The collection's annotations are on a page stored elsewhere (${page}); Gloss imports collections whose pages are embedded in the file.`,
        'first',
      );
    }
    if (!isJsonObject(page))
      throw new ImportError('The collection\'s "first" page must be an object.', 'first');
    for (const item of pageItems(page, 'AnnotationPage')) items.push(item);
    page = own(page, 'next');
  }
  return items;
}

/**
 * The annotations in a parsed W3C document, in file order: the file may be a
 * single Annotation, a list of them, an AnnotationPage, or an
 * AnnotationCollection with embedded pages.
 * @throws ImportError when the document is none of these.
 */
export function annotationItems(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isJsonObject(document)) throw new ImportError(NOT_W3C);
  const types = stringsOf(own(document, 'type'));
  if (types.includes('AnnotationCollection')) return collectionItems(document);
  if (types.includes('AnnotationPage')) return pageItems(document, 'AnnotationPage');
  if (types.includes('Annotation')) return [document];
  throw new ImportError(NOT_W3C);
}
