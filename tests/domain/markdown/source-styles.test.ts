import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isMarkdownFile,
  markdownLine,
  styledPieces,
  type StyledPiece,
} from '../../../src/domain/markdown/source-styles';

/** The line's pieces as [text, styles] pairs, to read at a glance. */
function shown(line: string): [string, string][] {
  const { runs } = markdownLine(line);
  return styledPieces(line.length, runs).map((p) => [
    line.slice(p.start, p.end),
    p.styles.join('+'),
  ]);
}

describe('markdownLine', () => {
  it('reads an ATX heading with its marks as syntax, closing hashes included', () => {
    expect(markdownLine('## Background ##').heading).toBe(2);
    expect(shown('## Background ##')).toEqual([
      ['## ', 'syntax'],
      ['Background', ''],
      [' ##', 'syntax'],
    ]);
    // "C#" is content, not a closing sequence; "#hashtag" is not a heading.
    expect(shown('# Learning C#')).toEqual([
      ['# ', 'syntax'],
      ['Learning C#', ''],
    ]);
    expect(markdownLine('#hashtag').heading).toBe(0);
    expect(markdownLine('####### seven').heading).toBe(0);
  });

  it('styles emphasis, strong, code and links, with the syntax apart and nested styles kept', () => {
    expect(shown('A **bold _and italic_** word')).toEqual([
      ['A ', ''],
      ['**', 'syntax'],
      ['bold ', 'strong'],
      ['_', 'strong+syntax'],
      ['and italic', 'strong+em'],
      ['_', 'strong+syntax'],
      ['**', 'syntax'],
      [' word', ''],
    ]);
    expect(shown('see [the talks](https://x.example/a) and `code`')).toEqual([
      ['see ', ''],
      ['[', 'syntax'],
      ['the talks', 'link'],
      ['](', 'syntax'],
      ['https://x.example/a', 'syntax+url'],
      [')', 'syntax'],
      [' and ', ''],
      ['`', 'syntax'],
      ['code', 'code'],
      ['`', 'syntax'],
    ]);
  });

  it('dims list bullets, quote marks and rules, and marks quotes as such', () => {
    expect(shown('- first point')).toEqual([
      ['- ', 'syntax'],
      ['first point', ''],
    ]);
    expect(shown('12. twelfth')[0]).toEqual(['12. ', 'syntax']);
    const quote = markdownLine('> He said *no*.');
    expect(quote.quote).toBe(true);
    expect(shown('> He said *no*.')).toEqual([
      ['> ', 'syntax'],
      ['He said ', ''],
      ['*', 'syntax'],
      ['no', 'em'],
      ['*', 'syntax'],
      ['.', ''],
    ]);
    expect(shown('* * *')).toEqual([['* * *', 'syntax']]);
  });

  it('leaves text that only looks like syntax alone', () => {
    expect(shown('5 * 3 = 15, a_b_c')).toEqual([
      ['5 * 3 = 15, a', ''],
      ['_', 'syntax'],
      ['b', 'em'],
      ['_', 'syntax'],
      ['c', ''],
    ]);
    expect(shown('[not a link] (x)')).toEqual([['[not a link] (x)', '']]);
  });

  it('cuts every line into contiguous pieces that give back the line exactly', () => {
    const alphabet = fc.constantFrom(
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '#',
      '>',
      '-',
      ' ',
      'a',
      'é',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')),
        (line) => {
          const pieces: StyledPiece[] = styledPieces(line.length, markdownLine(line).runs);
          let at = 0;
          for (const piece of pieces) {
            expect(piece.start).toBe(at);
            expect(piece.end).toBeGreaterThan(piece.start);
            at = piece.end;
          }
          expect(at).toBe(line.length);
          expect(pieces.map((p) => line.slice(p.start, p.end)).join('')).toBe(line);
        },
      ),
    );
  });

  it('reads a hostile line in pieces proportional to its length', () => {
    const line = '*a* '.repeat(25_000) + '**'.repeat(10_000) + '['.repeat(10_000);
    const pieces = styledPieces(line.length, markdownLine(line).runs);
    expect(pieces.length).toBeLessThan(line.length);
    expect(pieces.filter((p) => p.styles.includes('em'))).toHaveLength(25_000);
  });
});

describe('isMarkdownFile', () => {
  it('knows .md and .markdown, in any case', () => {
    expect(isMarkdownFile('notes.md')).toBe(true);
    expect(isMarkdownFile('NOTES.MARKDOWN')).toBe(true);
    expect(isMarkdownFile('notes.txt')).toBe(false);
    expect(isMarkdownFile('md')).toBe(false);
  });
});
