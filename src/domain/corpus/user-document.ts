import type { DocumentRecord } from '../model';
import { isBlankText } from '../text/invisible';
import { sha256Hex } from './hash';
import { parseArticle } from './parse';
import { fileStem } from './source';
import { plainTitle, UNTITLED } from './title';

/** Largest document a user may add, in bytes (decimal megabytes, as file managers show them). */
export const MAX_DOCUMENT_BYTES = 5_000_000;
/** File name endings accepted for upload. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'] as const;
/** What a file picker should offer: the extensions and their MIME types. */
export { DOCUMENT_ACCEPT } from './accept';
/** The `file` of a document that was pasted rather than uploaded. */
export const PASTED_FILE_NAME = 'pasted.txt';

/** An uploaded file cannot become a document; the message names the file and says why. */
export class DocumentFileError extends Error {
  override readonly name = 'DocumentFileError';

  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message);
  }
}

/** 6_100_000 → "6.1 MB"; rounded up, so a file just over the limit never reads as "5 MB". */
function megabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / 100_000) / 10;
  return `${tenths.toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/**
 * What is wrong with an upload judged by its name and size alone (so a huge
 * file can be refused before it is read), or null.
 */
export function uploadProblem(name: string, byteLength: number): string | null {
  const lower = name.toLowerCase();
  if (!DOCUMENT_EXTENSIONS.some((extension) => lower.endsWith(extension)))
    return `${name} is not a .txt or .md file; only plain text and Markdown files can be added.`;
  if (byteLength > MAX_DOCUMENT_BYTES)
    return `${name} is ${megabytes(byteLength)}; documents are limited to ${megabytes(MAX_DOCUMENT_BYTES)}.`;
  if (byteLength === 0) return `${name} is empty.`;
  return null;
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Decodes an uploaded .txt/.md file into a document's canonical text: UTF-8,
 * exactly (a byte-order mark is kept, nothing is trimmed or normalised).
 * @throws DocumentFileError naming the file: another type, over 5 MB, empty
 *   or blank, binary (NUL bytes), UTF-16, or not valid UTF-8
 */
export function decodeUploadedFile(bytes: Uint8Array, name: string): string {
  const problem = uploadProblem(name, bytes.byteLength);
  if (problem !== null) throw new DocumentFileError(name, problem);
  if (startsWithUtf16Bom(bytes))
    throw new DocumentFileError(name, `${name} is UTF-16 text; save it as UTF-8 and try again.`);
  if (bytes.includes(0))
    throw new DocumentFileError(
      name,
      `${name} looks like a binary file, not text; only UTF-8 text can be added.`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DocumentFileError(name, `${name} is not UTF-8 text; save it as UTF-8 and try again.`);
  }
  if (isBlankText(text)) throw new DocumentFileError(name, `${name} holds no text.`);
  return text;
}

/** What is wrong with pasted text as a document (too long), or null. Blank text is no document at all. */
export function pastedTextProblem(text: string): string | null {
  const byteLength = new TextEncoder().encode(text).byteLength;
  if (byteLength > MAX_DOCUMENT_BYTES)
    return `The pasted text is ${megabytes(byteLength)}; documents are limited to ${megabytes(MAX_DOCUMENT_BYTES)}.`;
  return null;
}

/** A fresh id for a user document: `doc-<uuid>`, never a seed's file stem. */
export function newDocumentId(): string {
  return `doc-${crypto.randomUUID()}`;
}

/** The parser's title; the file name when the text gives none. */
function documentTitle(parsedTitle: string, fileName: string | null): string {
  const markdown = fileName?.toLowerCase().endsWith('.md') ?? false;
  if (parsedTitle !== UNTITLED) return plainTitle(parsedTitle, markdown);
  return fileName !== null ? fileStem(fileName) : UNTITLED;
}

/**
 * Builds the stored record of a user's document. The text is kept unchanged
 * (it is the canonical text every offset points into); title, outlet,
 * language, date, byline and word count come from the same parser as the seeds.
 * @param fileName the uploaded file's name, or null for pasted text
 * @param id e.g. from newDocumentId()
 */
export async function buildUserDocument(
  text: string,
  fileName: string | null,
  now: Date,
  id: string,
): Promise<DocumentRecord> {
  const parsed = parseArticle(text, fileName !== null ? { fileName } : {});
  return {
    id,
    file: fileName ?? PASTED_FILE_NAME,
    title: documentTitle(parsed.title, fileName),
    source: parsed.source,
    language: parsed.language,
    date: parsed.date,
    byline: parsed.byline,
    wordCount: parsed.wordCount,
    byteLength: new TextEncoder().encode(text).byteLength,
    sha256: await sha256Hex(text),
    text,
    createdAt: now.toISOString(),
  };
}
