export type { Manifest, ManifestEntry, Paragraph, ParagraphKind, ParsedArticle } from './types';
export { parseArticle, type ParseOptions } from './parse';
export { buildManifest, buildManifestEntry, type CorpusFile } from './manifest';
export { sha256Hex } from './hash';
export { decodeCanonicalText } from './decode';
export { detectLanguage, direction } from './language';
export { countWords } from './words';
export { fileStem } from './source';
export { UNTITLED } from './title';
