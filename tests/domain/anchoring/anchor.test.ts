// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchorRange } from '../../../src/domain/anchoring/anchor';
import { describeRange } from '../../../src/domain/anchoring/describe';
import type { TextRange } from '../../../src/domain/model';
import { loadSeed, loadSeeds } from './seeds';

const sooner = loadSeed('003'); // PressTV: "Lavrov" six times
const kerry = loadSeed('004');

const newParagraph =
  'Editor’s note: this article was updated with comments from the Turkish military.\n\n';

/** Describes the first occurrence of `quote` in `text`. */
function quoteIn(text: string, quote: string, from = 0): TextRange {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return describeRange(text, start, start + quote.length);
}

/** All start offsets of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

function insertAt(text: string, at: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at);
}

describe('anchorRange on the seed articles', () => {
  const longQuote =
    'Russian Foreign Minister Sergei Lavrov has underlined the necessity of finding a swift political solution';

  it('finds every range exactly where it was when the text hash matches', () => {
    for (const { text } of loadSeeds()) {
      const range = describeRange(text, 100, 180);
      expect(anchorRange(text, range, { hashMatches: true })).toEqual({
        status: 'exact',
        range,
        score: 1,
      });
    }
  });

  it('reports a passage after an inserted paragraph as moved, with shifted offsets', () => {
    const range = quoteIn(sooner, longQuote);
    const edited = insertAt(sooner, sooner.indexOf('Russian Foreign Minister'), newParagraph);
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result.status).toBe('moved');
    expect(result.range).toEqual(
      describeRange(edited, range.start + newParagraph.length, range.end + newParagraph.length),
    );
    expect(result.range?.exact).toBe(longQuote);
    // The new paragraph replaced the stored prefix; the quote and suffix still agree.
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.score).toBeLessThan(1);
  });

  it('follows a passage pushed far down by a long insertion', () => {
    const range = quoteIn(kerry, 'the Russian foreign ministry said in a statement');
    const longInsert = newParagraph.repeat(100); // far beyond the first search window
    const edited = longInsert + kerry;
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result).toMatchObject({
      status: 'moved',
      range: { start: range.start + longInsert.length },
    });
  });

  it('reports a long quote with one word changed as fuzzy, quoting the text as it is now', () => {
    const range = quoteIn(sooner, longQuote);
    const edited = sooner.replace('a swift political solution', 'a rapid political solution');
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result.status).toBe('fuzzy');
    expect(result.range).toEqual(describeRange(edited, range.start, range.end));
    expect(result.range?.exact).toBe(longQuote.replace('swift', 'rapid'));
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.score).toBeLessThan(1);
  });

  it('reports a fuzzy match that also moved at its new place', () => {
    const range = quoteIn(
      kerry,
      'called for resuming quickly the intra-Syrian peace talks in Geneva',
    );
    const edited = newParagraph + kerry.replace('resuming quickly', 'quickly resuming');
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result.status).toBe('fuzzy');
    expect(result.range?.exact).toBe(
      'called for quickly resuming the intra-Syrian peace talks in Geneva',
    );
    expect(result.range?.start).toBe(range.start + newParagraph.length);
  });

  it('orphans a range whose passage was deleted', () => {
    const paragraphStart = sooner.indexOf('Additionally, Lavrov accused');
    const paragraphEnd = sooner.indexOf('\n', paragraphStart) + 1;
    const range = quoteIn(sooner, 'Lavrov accused Washington of not doing enough');
    const edited = sooner.slice(0, paragraphStart) + sooner.slice(paragraphEnd);
    expect(anchorRange(edited, range, { hashMatches: false })).toEqual({
      status: 'orphan',
      range: null,
    });
  });

  it('orphans a short quote that changed rather than guessing where it went', () => {
    const range = quoteIn(sooner, 'Daesh.');
    const edited = sooner.replaceAll('Daesh', 'ISIL');
    expect(anchorRange(edited, range, { hashMatches: false }).status).toBe('orphan');
  });

  it('picks the right "Lavrov" among many by its prefix and suffix', () => {
    const starts = occurrences(sooner, 'Lavrov');
    expect(starts.length).toBeGreaterThanOrEqual(5);
    const edited = newParagraph + sooner;
    for (const start of starts) {
      const range = describeRange(sooner, start, start + 'Lavrov'.length);
      const result = anchorRange(edited, range, { hashMatches: false });
      expect(result).toMatchObject({
        status: 'moved',
        range: { start: start + newParagraph.length, exact: 'Lavrov' },
      });
    }
  });

  it('prefers the occurrence with matching context over another one now sitting at the old offset', () => {
    const start = sooner.indexOf('Lavrov expressed hope');
    const range = describeRange(sooner, start, start + 'Lavrov'.length);
    const paragraphStart = sooner.lastIndexOf('\n', start) + 1;
    const lead = 'Separately, Tass quoted a ministry source. '
      .repeat(5)
      .slice(0, start - paragraphStart);
    const decoy = `${lead}Lavrov repeated the call in Athens.\n\n`;
    const edited = insertAt(sooner, paragraphStart, decoy);
    expect(edited.slice(start, start + 6)).toBe('Lavrov'); // the decoy is at the old offset

    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result).toMatchObject({ status: 'moved', range: { start: start + decoy.length } });
  });

  it('keeps the stored offsets as exact when only a distant part of the text changed', () => {
    const range = quoteIn(kerry, 'Secretary of State John Kerry');
    const edited = kerry.replace('Related Posts', 'Related stories');
    expect(anchorRange(edited, range, { hashMatches: false })).toEqual({
      status: 'exact',
      range,
      score: 1,
    });
  });

  it('re-anchors when the hash matches but the stored offsets no longer hold the quote', () => {
    const range = quoteIn(kerry, 'Secretary of State John Kerry');
    const stale = { ...range, start: range.start + 3, end: range.end + 3 };
    expect(anchorRange(kerry, stale, { hashMatches: true })).toMatchObject({
      status: 'moved',
      range,
    });
  });

  it('anchors in the French article with its accents and typographic quotes', () => {
    const french = loadSeed('001');
    const range = quoteIn(french, 'a jugé «inutile » le recours à la force');
    const edited = newParagraph + french.replace('jugé «inutile »', 'jugé « inutile »');
    const result = anchorRange(edited, range, { hashMatches: false });
    expect(result.status).toBe('fuzzy');
    expect(result.range?.exact).toBe('a jugé « inutile » le recours à la force');
  });

  it('orphans a stored range with an empty quote', () => {
    const empty: TextRange = { start: 3, end: 3, exact: '', prefix: '', suffix: '' };
    expect(anchorRange(kerry, empty, { hashMatches: true }).status).toBe('orphan');
  });
});
