import { decodeCanonicalText } from '../domain/corpus/decode';
import type { Article, Manifest } from '../domain/corpus/types';
import { articlesRepo } from './articles-repo';
import { NotFoundError } from './errors';
import { takeEarlyText } from './text-prefetch';

/*
 * Where articles come from (docs/architecture.md "Articles"): the bundled corpus is fetched from
 * public/seeds (its manifest first, a text only when it is read), the user's documents are read
 * from IndexedDB. Stateless: the store caches what was fetched for the session.
 */

const seedsUrl = `${import.meta.env.BASE_URL}seeds/`;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response;
}

/** The bundled corpus's manifest. */
export async function fetchManifest(): Promise<Manifest> {
  const value = (await (await fetchOk(`${seedsUrl}manifest.json`)).json()) as Manifest;
  if (!Array.isArray(value.articles)) throw new Error('the manifest has no list of articles');
  return value;
}

/**
 * The canonical text of any article: a bundled file decoded as UTF-8 exactly (no BOM stripping,
 * no trimming), or a stored document's text.
 */
export async function readArticleText(
  article: Pick<Article, 'id' | 'file' | 'origin'>,
): Promise<string> {
  const early = await takeEarlyText(article);
  if (early !== undefined) return early;
  if (article.origin === 'imported') {
    const text = await articlesRepo.getText(article.id);
    if (text === undefined) throw new NotFoundError('document', article.id);
    return text;
  }
  const response = await fetchOk(seedUrl(article.file));
  return decodeSeed(response);
}

/** A bundled file's bytes as its canonical text. */
export async function decodeSeed(response: Response): Promise<string> {
  return decodeCanonicalText(new Uint8Array(await response.arrayBuffer()));
}

/** The address of a bundled file. */
export const seedUrl = (file: string) => `${seedsUrl}${encodeURIComponent(file)}`;
