import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../../src/domain/corpus/dateline';
import { isStandaloneDate } from '../../../src/domain/corpus/date';
import { parseArticle } from '../../../src/domain/corpus/parse';
import { firstSentence } from '../../../src/domain/corpus/sentence';

// The dateline patterns before they were made linear, as an oracle for short lines.
const PLACE = String.raw`\p{Lu}[\p{L}'’.\- ]{1,40}?`;
const NEXT = String.raw`(?=["“«‘'\p{Lu}])`;
const DASH = String.raw`\s*[-–—]\s*`;
/* eslint-disable regexp/no-super-linear-backtracking -- the oracle is the slow form on purpose */
const OLD_DATELINES = [
  new RegExp(String.raw`^\s*${PLACE},\s*(?:\(([^()]{1,30})\)|(\p{Lu}{2,10}))${DASH}${NEXT}`, 'u'),
  new RegExp(String.raw`^\s*${PLACE}\s+\(([^()]{1,30})\)${DASH}${NEXT}`, 'u'),
  new RegExp(String.raw`^\s*${PLACE}\s+/\s+${NEXT}`, 'u'),
  new RegExp(String.raw`^\s*\p{Lu}{2,}[\p{Lu} .'’-]*?\s+[–—-]\s+${NEXT}`, 'u'),
];
/* eslint-enable regexp/no-super-linear-backtracking */

function oldDateline(paragraph: string) {
  for (const pattern of OLD_DATELINES) {
    const match = pattern.exec(paragraph);
    if (match) {
      const agency = match[1] ?? match[2] ?? null;
      return { length: match[0].length, agency: agency?.trim() ?? null };
    }
  }
  return null;
}

const datelineish = fc
  .array(
    fc.constantFrom(
      'MOSCOW',
      'Moscow',
      'NEW',
      'YORK',
      ',',
      ' ',
      '  ',
      '-',
      '—',
      '(',
      ')',
      'SANA',
      'ST',
      'Reuters',
      '/',
      'Russia',
      '“',
      'le',
      '.',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('corpus patterns run in linear time', () => {
  it('reads the same datelines as before on short lines', () => {
    fc.assert(
      fc.property(datelineish, (line) => {
        const before = oldDateline(line);
        // Single spaces inside an all-capitals place are what real datelines hold; the
        // linear pattern allows up to five words.
        if (before && /\s{2}\S/u.test(line.slice(0, before.length).trim())) return;
        expect(matchDateline(line)).toEqual(before);
      }),
      { numRuns: 3000 },
    );
    expect(matchDateline('MOSCOW, (ST)- Russia’s')).toEqual({ length: 14, agency: 'ST' });
    expect(matchDateline('NEW YORK — The')).toEqual({ length: 11, agency: null });
    expect(matchDateline('  Moscow, SANA-Russian')).toEqual({ length: 15, agency: 'SANA' });
  });

  // At this size the old patterns took minutes (the time grew with the square of the line);
  // a regression shows as a test that does not finish.
  const n = 300_000;
  const hostile: [string, string][] = [
    ['a first line of capitals and spaces', `AB${' '.repeat(n)}x\nbody`],
    ['a first line of place and spaces', `Moscow${' '.repeat(n)}x`],
    ['spaces around a date', `${' '.repeat(n)}2 Nov 2016${' '.repeat(n)}x`],
    ['separators before a date', `${', '.repeat(n)}2016-11-02 x`],
    ['a run of full stops', `${'.'.repeat(n)}x`],
    ['many abbreviations', 'a. '.repeat(n / 3)],
    ['a long word ending in punctuation', `${'a'.repeat(n)}${'!'.repeat(n)}`],
    ['labels without a timestamp', `(${' '.repeat(n)}x`],
  ];
  it.each(hostile)('parses a document with %s', (_name, text) => {
    const parsed = parseArticle(text);
    expect(parsed.paragraphs.length).toBeGreaterThan(0);
    expect(parsed.title.length).toBeGreaterThan(0);
  });

  it('finds a first sentence and a standalone date in hostile lines', () => {
    expect(firstSentence(`${'.'.repeat(n)} next`)).toBe('.'.repeat(n));
    expect(isStandaloneDate(`${' '.repeat(n)}2 Nov 2016`)).toBe(false);
    expect(isStandaloneDate('Wed, 02 Nov 2016 16:37 UTC')).toBe(true);
    expect(isStandaloneDate('Nov 02, 2016 - 16:37 GMT')).toBe(true);
  });
});
