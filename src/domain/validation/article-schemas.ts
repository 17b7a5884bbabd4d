import { z } from './zod';
import type { ArticleSet, MetadataOverride } from '../model';
import { ArticleIdSchema, IsoDateTimeSchema } from './schemas';
import { MAX_SET_NAME_LENGTH, cleanSetName, setNameKey } from '../sets/set-name';

/** The metadata edits of one bundled article; each field present replaces the manifest's. */
export const MetadataOverrideSchema = z.strictObject({
  articleId: ArticleIdSchema,
  updatedAt: IsoDateTimeSchema,
  title: z.string().min(1, 'must not be empty').max(1000).exactOptional(),
  source: z.string().max(200).nullable().exactOptional(),
  date: z.iso.date({ error: 'must be a date like 2016-11-02' }).nullable().exactOptional(),
  language: z.string().min(1, 'must not be empty').max(35).exactOptional(),
  url: z.string().max(2000, 'must be at most 2000 characters').nullable().exactOptional(),
  byline: z.string().max(1000).nullable().exactOptional(),
});

/** A named set of articles; its name key is derived, never taken on trust. */
export const ArticleSetSchema = z
  .strictObject({
    id: ArticleIdSchema,
    name: z.string().superRefine((name, ctx) => {
      const clean = cleanSetName(name);
      if (clean === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' });
      else if (clean.length > MAX_SET_NAME_LENGTH)
        ctx.addIssue({
          code: 'custom',
          message: `must be at most ${MAX_SET_NAME_LENGTH} characters`,
        });
    }),
    nameKey: z.string(),
    articleIds: z
      .array(ArticleIdSchema, { error: 'must be a list of article ids' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'must not repeat an article' }),
    createdAt: IsoDateTimeSchema,
  })
  .transform((set) => ({ ...set, name: cleanSetName(set.name), nameKey: setNameKey(set.name) }));

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matchesModel: [
  Same<z.infer<typeof ArticleSetSchema>, ArticleSet>,
  Same<z.infer<typeof MetadataOverrideSchema>, MetadataOverride>,
] = [true, true];
void matchesModel;
