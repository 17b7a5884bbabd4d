import { describe, expect, it } from 'vitest';
import { countDuplicates } from '../../../src/domain/formats/annotation-duplicates';
import { planAnnotations } from '../../../src/domain/formats/plan-annotations';
import { annotate, makeArticle } from './fixtures';

describe('duplicate annotations on import', () => {
  it('skips an incoming annotation with the same article, ranges and tags, whatever its id', async () => {
    const article = await makeArticle('a', 'Alpha beta gamma delta.');
    const here = annotate(article, 'beta', { tagIds: ['t1', 't2'] });
    const again = { ...here, id: crypto.randomUUID(), tagIds: ['t2', 't1'] };
    const twiceInFile = { ...again, id: crypto.randomUUID() };
    const otherTags = { ...here, id: crypto.randomUUID(), tagIds: ['t1'] };
    const ctx = {
      articles: new Map([[article.id, { text: article.text, textHash: article.textHash }]]),
      resolveTag: (id: string) => id,
      existing: [here],
      mode: 'merge' as const,
      now: new Date('2030-01-01T00:00:00Z'),
    };
    const plan = planAnnotations([again, twiceInFile, otherTags], ctx);
    expect(plan.add.map((a) => a.id)).toEqual([otherTags.id]);
    expect(countDuplicates(plan.skip)).toBe(2);
    expect(plan.skip[0]?.message).toBe('annotation 0: duplicate of an annotation already here');

    // Importing the same file into an empty device keeps one of each.
    const fresh = planAnnotations([again, twiceInFile], { ...ctx, existing: [] });
    expect(fresh.add).toHaveLength(1);
    expect(countDuplicates(fresh.skip)).toBe(1);
  });
});
