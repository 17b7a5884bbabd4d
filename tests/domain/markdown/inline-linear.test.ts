import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/domain/markdown/parse';
import { parseInline, parseMarkdown } from '../../../src/domain/markdown/parse';
import { safeHref } from '../../../src/domain/markdown/safe-link';

// The regular expression the scanner replaced, kept as an oracle for what the syntax means.
// It backtracks quadratically on unclosed markers, which is why it is no longer in src.
const ORACLE =
  // eslint-disable-next-line regexp/no-super-linear-move -- the oracle is the slow form on purpose
  /(\*\*([^*]+)\*\*)|(\*([^*\s][^*]*)\*|_([^_\s][^_]*)_)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))/;

function oracleInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  while (rest.length > 0) {
    const match = ORACLE.exec(rest);
    if (!match) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (match.index > 0) out.push({ type: 'text', text: rest.slice(0, match.index) });
    const [whole, , strong, , em1, em2, , code, , label, href] = match;
    if (strong !== undefined) out.push({ type: 'strong', children: oracleInline(strong) });
    else if (em1 !== undefined || em2 !== undefined)
      out.push({ type: 'em', children: oracleInline(em1 ?? em2 ?? '') });
    else if (code !== undefined) out.push({ type: 'code', text: code });
    else if (label !== undefined && href !== undefined) {
      const safe = safeHref(href);
      out.push(
        safe
          ? { type: 'link', href: safe, children: oracleInline(label) }
          : { type: 'text', text: whole },
      );
    }
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

// Text made of the characters the syntax cares about, so the markers meet in every order.
const markdownish = fc
  .array(
    fc.constantFrom(
      '*',
      '**',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      ' ',
      '\n',
      'a',
      'b',
      'https://x',
      'javascript:y',
      '\u00a0',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('inline Markdown is read in linear time with the same meaning', () => {
  it('agrees with the leftmost-match regular expression on any mix of markers', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(parseInline(text)).toEqual(oracleInline(text));
      }),
      { numRuns: 3000 },
    );
  });

  // Each of these took the old parser time proportional to the square of the note; at this size
  // that is minutes, so a regression shows as a test that never finishes.
  const size = 200_000;
  const hostile: [string, string][] = [
    ['unclosed links', '[a]('.repeat(size / 4)],
    ['unclosed brackets', '['.repeat(size)],
    ['unclosed stars', '*a'.repeat(size / 2)],
    ['unclosed underscores', '_a'.repeat(size / 2)],
    ['unclosed code', '`'.repeat(1) + 'a'.repeat(size)],
    ['labels without targets', '[x]'.repeat(size / 3)],
    ['many closed links', '[a](https://x) '.repeat(size / 15)],
  ];
  it.each(hostile)('does not freeze on %s', (_name, text) => {
    const blocks = parseMarkdown(text);
    const flat = JSON.stringify(blocks);
    expect(flat.length).toBeGreaterThan(0);
  });
});
