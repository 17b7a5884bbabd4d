import {
  CodebookError,
  compareTagsByName,
  createTag,
  tagNameKey,
  updateTag,
  validateHotkey,
  validateParent,
  validateTagName,
  type NewTagInput,
  type TagPatch,
} from '../domain/codebook';
import type { Tag } from '../domain/model';
import { partitionRecords } from '../domain/validation/sound-records';
import { getDb, type GlossDB } from './db';
import { isConstraintError, mapDbError, NotFoundError } from './errors';
import type { RecordSchemas } from './record-schemas';
import { checked, guarded, writeInTransaction } from './repo-write';
import {
  countMerge,
  mergeTags,
  restoreMerged,
  type MergeCounts,
  type MergedTags,
} from './tag-merge';

export type { MergeCounts, MergedTags } from './tag-merge';

/** What remove() took away, so that undo can put it back. */
export interface RemovedTag {
  tag: Tag;
  /** Annotations the tag was removed from. */
  annotationIds: string[];
  /** Sub-tags that were promoted to the top level. */
  childIds: string[];
}

export interface TagsRepoOptions {
  clock?: () => Date;
  newId?: () => string;
}

function validate(schemas: RecordSchemas, tag: Tag): Tag {
  return checked('tag', schemas.TagSchema, tag);
}

const byName = compareTagsByName;

function mapTagError(error: unknown): Error {
  // The unique nameKey index caught a duplicate the codebook check could not see.
  if (isConstraintError(error))
    return new CodebookError('name', 'A tag with this name already exists.');
  return mapDbError(error);
}

/** Runs a read with the codebook's error mapping. */
function run<T>(operation: () => Promise<T>): Promise<T> {
  return guarded(operation, mapTagError);
}

/**
 * Reads and writes the codebook. Codebook rules (unique names and hotkeys, one
 * level of nesting) are checked inside the write transaction, so they hold
 * even when two writes race; failures arrive as CodebookError.
 */
export function createTagsRepo(database?: GlossDB, options: TagsRepoOptions = {}) {
  const dbOf = (): GlossDB => database ?? getDb();
  const now = (): Date => (options.clock ?? (() => new Date()))();
  const newId = (): string => (options.newId ?? (() => crypto.randomUUID()))();

  /** One read-write transaction over the codebook (and the annotations when `withAnnotations`). */
  function write<T>(
    withAnnotations: boolean,
    body: (schemas: RecordSchemas) => Promise<T>,
  ): Promise<T> {
    const { annotations, tags } = dbOf();
    const tables = withAnnotations ? [tags, annotations] : [tags];
    return writeInTransaction(dbOf(), { tables, mapError: mapTagError }, body);
  }

  async function insert(schemas: RecordSchemas, input: NewTagInput): Promise<Tag> {
    const tag = validate(schemas, createTag(input, await dbOf().tags.toArray(), now(), newId()));
    await dbOf().tags.add(tag);
    return tag;
  }

  async function findByName(name: string): Promise<Tag | undefined> {
    return dbOf().tags.where('nameKey').equals(tagNameKey(name)).first();
  }

  return {
    /** Adds a tag; colour defaults to the next palette colour. @throws CodebookError */
    create(input: NewTagInput): Promise<Tag> {
      return write(false, (schemas) => insert(schemas, input));
    },

    /** Edits a tag, re-checking the fields the patch touches. @throws NotFoundError, CodebookError */
    update(id: string, patch: TagPatch): Promise<Tag> {
      return write(false, async (schemas) => {
        const current = await dbOf().tags.get(id);
        if (!current) throw new NotFoundError('tag', id);
        const next = validate(schemas, updateTag(current, patch, await dbOf().tags.toArray()));
        await dbOf().tags.put(next);
        return next;
      });
    },

    /**
     * Deletes a tag, takes it off every annotation that carried it and promotes
     * its sub-tags, all in one transaction. @returns what undo needs
     */
    remove(id: string): Promise<RemovedTag> {
      const { annotations, tags } = dbOf();
      return write(true, async () => {
        const tag = await tags.get(id);
        if (!tag) throw new NotFoundError('tag', id);
        const tagged = annotations.where('tagIds').equals(id);
        const annotationIds = (await tagged.primaryKeys()).map(String);
        const updatedAt = now().toISOString();
        await tagged.modify((annotation) => {
          annotation.tagIds = annotation.tagIds.filter((tagId) => tagId !== id);
          annotation.updatedAt = updatedAt;
        });
        const children = await tags.filter((candidate) => candidate.parentId === id).toArray();
        await tags.bulkPut(children.map((child) => ({ ...child, parentId: null })));
        await tags.delete(id);
        return { tag, annotationIds, childIds: children.map((child) => child.id) };
      });
    },

    /**
     * Undoes remove(): the tag comes back on the annotations and sub-tags that
     * still exist. A hotkey or parent taken or deleted meanwhile is dropped.
     * @throws CodebookError when another tag has taken the name meanwhile
     */
    restoreRemoved(removed: RemovedTag): Promise<Tag> {
      const { annotations, tags } = dbOf();
      return write(true, async (schemas) => {
        const existing = await tags.toArray();
        const nameProblem = validateTagName(removed.tag.name, existing, removed.tag.id);
        if (nameProblem !== null) throw new CodebookError('name', nameProblem);
        const { hotkey, parentId } = removed.tag;
        const tag = validate(schemas, {
          ...removed.tag,
          hotkey: validateHotkey(hotkey, existing, removed.tag.id) === null ? hotkey : null,
          parentId: validateParent(parentId, existing, removed.tag.id) === null ? parentId : null,
        });
        await tags.add(tag);
        const updatedAt = now().toISOString();
        await annotations
          .where('id')
          .anyOf(removed.annotationIds)
          .modify((annotation) => {
            if (annotation.tagIds.includes(tag.id)) return;
            annotation.tagIds = [...annotation.tagIds, tag.id];
            annotation.updatedAt = updatedAt;
          });
        const children = await tags.bulkGet(removed.childIds);
        const orphans = children.filter(
          (child): child is Tag => child !== undefined && child.parentId === null,
        );
        await tags.bulkPut(orphans.map((child) => ({ ...child, parentId: tag.id })));
        return tag;
      });
    },

    /**
     * Merges the source tag into the target in one transaction: annotations
     * keep one copy of the target, sub-tags move under the target (or to the
     * top level when the target is a sub-tag), the source is deleted.
     * @returns the counts before and after, and what undo needs
     * @throws NotFoundError, ValidationError when both are the same tag
     */
    merge(sourceId: string, targetId: string): Promise<MergedTags> {
      return write(true, () => mergeTags(dbOf(), sourceId, targetId, now().toISOString()));
    },

    /**
     * Undoes merge() in one transaction: the source tag, its sub-tags' parents
     * and the merged annotations' tags are put back as they were.
     * @throws CodebookError when another tag has taken the source's name meanwhile
     */
    restoreMerged(merged: MergedTags): Promise<Tag> {
      return write(true, () => restoreMerged(dbOf(), merged));
    },

    /** What merging would do: annotations per tag now, and on the target after. */
    mergeCounts(sourceId: string, targetId: string): Promise<MergeCounts> {
      const { annotations, tags } = dbOf();
      return run(() =>
        dbOf().transaction('r', tags, annotations, async () =>
          countMerge(dbOf(), sourceId, targetId),
        ),
      );
    },

    get(id: string): Promise<Tag | undefined> {
      return run(() => dbOf().tags.get(id));
    },

    /** The whole codebook, sorted by name. */
    list(): Promise<Tag[]> {
      return run(async () =>
        partitionRecords<Tag>('tags', await dbOf().tags.toArray()).sound.sort(byName),
      );
    },

    /** The tag with this name, ignoring case and extra whitespace. */
    getByName(name: string): Promise<Tag | undefined> {
      return run(() => findByName(name));
    },

    /** How many annotations carry each tag; every tag is present, unused ones with 0. */
    usageCounts(): Promise<Map<string, number>> {
      return run(() =>
        dbOf().transaction('r', dbOf().tags, dbOf().annotations, async () => {
          const counts = new Map<string, number>();
          for (const id of await dbOf().tags.toCollection().primaryKeys())
            counts.set(String(id), 0);
          for (const key of await dbOf().annotations.orderBy('tagIds').keys()) {
            const id = String(key);
            counts.set(id, (counts.get(id) ?? 0) + 1);
          }
          return counts;
        }),
      );
    },

    /** The tag with this name, created (with the next palette colour) if there is none. */
    findOrCreateByName(name: string): Promise<Tag> {
      return write(false, async (schemas) => (await findByName(name)) ?? insert(schemas, { name }));
    },
  };
}

export type TagsRepo = ReturnType<typeof createTagsRepo>;

/** The repo over the app-wide database. */
export const tagsRepo: TagsRepo = createTagsRepo();
