import { annotationsRepo, tagsRepo } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { sha256Hex } from '../../src/domain/corpus';
import type { Annotation, Tag } from '../../src/domain/model';
import { seedText } from './render-app';

/** Stores a highlight over the first occurrence of `quote` in a seed, with tags by name. */
export async function seedHighlight(
  articleId: string,
  quote: string,
  options: { tags?: Tag[]; note?: string; createdAt?: string } = {},
): Promise<Annotation> {
  const text = seedText(articleId);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${articleId}`);
  const now = options.createdAt ?? new Date().toISOString();
  return annotationsRepo.create({
    id: crypto.randomUUID(),
    articleId,
    textHash: await sha256Hex(text),
    ranges: [describeRange(text, start, start + quote.length)],
    tagIds: (options.tags ?? []).map((t) => t.id),
    note: options.note ?? '',
    color: null,
    createdAt: now,
    updatedAt: now,
    status: 'exact',
    coderId: 'local',
  });
}

export function seedTag(name: string, parentId: string | null = null): Promise<Tag> {
  return tagsRepo.create({ name, parentId });
}
