import { describe, expect, it } from 'vitest';
import { fileStem, parseArticle } from '../../../src/domain/corpus';
import { SOURCE_OVERRIDES } from '../../../src/domain/corpus/source-overrides';

describe('the outlet of an article', () => {
  it('comes from the agency its dateline credits', () => {
    expect(parseArticle('Headline\nMoscow, SANA-Lavrov said.').source).toBe('SANA');
    expect(parseArticle('Headline\nMOSCOW, (ST)- Lavrov said.').source).toBe('Syria Times');
    expect(parseArticle('GENEVA (Reuters) - Kerry said.').source).toBe('Reuters');
  });

  it('is unknown (null) rather than guessed', () => {
    expect(parseArticle('Headline\nLavrov said so.').source).toBeNull();
    expect(parseArticle('Moscou / Lavrov a dit.').source).toBeNull();
    expect(parseArticle('PARIS, (XYZ)- Someone said.').source).toBeNull();
    expect(parseArticle('Paris, (constructor)- Someone said.').source).toBeNull();
    // "USA-based" is prose, not a dateline.
    expect(parseArticle('Paris, USA-based firms said so.').source).toBeNull();
  });

  it('uses the bundled-seed overrides only for the seed’s own text', () => {
    for (const [stem, override] of Object.entries(SOURCE_OVERRIDES)) {
      const seedLike = `${override.firstLine}\nSome story.`;
      expect(parseArticle(seedLike, { fileName: `${stem}.txt` }).source).toBe(override.source);
      expect(parseArticle(seedLike, { fileName: `seeds/${stem}.txt` }).source).toBe(
        override.source,
      );
      expect(parseArticle(seedLike, { fileName: 'other.txt' }).source).toBeNull();
    }
  });

  it('reads a file stem from a name or a path', () => {
    expect(fileStem('003_160427fdb2b2b30e.txt')).toBe('003_160427fdb2b2b30e');
    expect(fileStem('seeds\\notes.final.md')).toBe('notes.final');
    expect(fileStem('.hidden')).toBe('.hidden');
  });
});
