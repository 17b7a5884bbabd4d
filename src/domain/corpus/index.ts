export type {
  Article,
  ArticleOrigin,
  ArticleWithText,
  Manifest,
  Paragraph,
  ParagraphKind,
  ParsedArticle,
} from './types';
export { parseArticle, type ParseOptions } from './parse';
export { buildManifest, buildManifestEntry, type CorpusFile } from './manifest';
export { sha256Hex } from './hash';
export { decodeCanonicalText } from './decode';
export { detectLanguage, direction } from './language';
export { countWords } from './words';
export { fileStem } from './source';
export { UNTITLED } from './title';
export {
  DOCUMENT_ACCEPT,
  DOCUMENT_EXTENSIONS,
  DocumentFileError,
  MAX_DOCUMENT_BYTES,
  PASTED_FILE_NAME,
  buildUserDocument,
  decodeUploadedFile,
  newDocumentId,
  pastedTextProblem,
  uploadProblem,
} from './user-document';
export { combineArticles, documentArticle, documentWithText } from './article';
