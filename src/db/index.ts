export { DEFAULT_DB_NAME, GlossDB, db, getDb, onDbEvent, openDb, saveAgain, setAppDb } from './db';
export type { DbEvent, DbEventListener, StorageMode } from './db';
export {
  getStorageStatus,
  resetStorageStatus,
  subscribeStorageStatus,
  type StorageStatus,
} from './storage-status';
export {
  LATEST_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  declareSchemaVersions,
  type SchemaVersion,
} from './dexie-schema';
export {
  NotFoundError,
  QUOTA_MESSAGE,
  QuotaError,
  StorageError,
  ValidationError,
  hasErrorNamed,
  isConstraintError,
  isQuotaExceeded,
  mapDbError,
} from './errors';
export {
  PERSISTENCE_META_KEY,
  getPersistence,
  requestPersistence,
  type PersistCapableStorage,
  type PersistenceRecord,
  type PersistenceRequestOptions,
  type PersistenceState,
} from './persist';
export {
  annotationsRepo,
  createAnnotationsRepo,
  type AnnotationPatch,
  type AnnotationsRepo,
  type AnnotationsRepoOptions,
  type RangeUpdate,
} from './annotations-repo';
export {
  createTagsRepo,
  tagsRepo,
  type RemovedTag,
  type TagsRepo,
  type TagsRepoOptions,
} from './tags-repo';
export type { MetaRecord } from './types';
export {
  articlesRepo,
  createArticlesRepo,
  type ArticlesRepo,
  type RemovedArticle,
} from './articles-repo';
export { createMemosRepo, memosRepo, type MemosRepo, type MemosRepoOptions } from './memos-repo';
export { UNNAMED_TAG, backfillTagNameKeys, lacksStatus, upgradeToV2 } from './upgrade-v2';
export { fetchManifest, readArticleText } from './corpus';
export {
  conditionalAnnotations,
  createConditionalAnnotations,
  mergePatch,
  type ConditionalAnnotations,
  type ConditionalWrite,
  type MergeableField,
  type WriteBase,
} from './conditional-annotations';
export { revisionOf, withoutRevision, type WithRevision } from './revision';
export {
  createDamagedRepo,
  damagedRepo,
  type DamagedRecord,
  type DamagedRepo,
} from './damaged-repo';
