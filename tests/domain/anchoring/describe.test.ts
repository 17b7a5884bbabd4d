// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from '../../../src/domain/anchoring/describe';

describe('describeRange', () => {
  it('quotes the range with up to 32 UTF-16 units of context either side', () => {
    const text = `${'x'.repeat(40)}QUOTE${'y'.repeat(40)}`;
    expect(describeRange(text, 40, 45)).toEqual({
      start: 40,
      end: 45,
      exact: 'QUOTE',
      prefix: 'x'.repeat(CONTEXT_LENGTH),
      suffix: 'y'.repeat(CONTEXT_LENGTH),
    });
  });

  it('keeps shorter context at the edges of the text', () => {
    expect(describeRange('Lavrov said', 0, 6)).toEqual({
      start: 0,
      end: 6,
      exact: 'Lavrov',
      prefix: '',
      suffix: ' said',
    });
    expect(describeRange('Lavrov said', 7, 11)).toMatchObject({ prefix: 'Lavrov ', suffix: '' });
  });

  it.each([
    [-1, 2, 'negative start'],
    [3, 3, 'empty range'],
    [4, 2, 'reversed range'],
    [0, 12, 'end past the text'],
    [0.5, 2, 'fractional offset'],
    [0, Number.NaN, 'NaN offset'],
  ])('rejects [%s, %s) (%s) with a RangeError naming the text length', (start, end) => {
    expect(() => describeRange('Lavrov said', start, end)).toThrow(RangeError);
    expect(() => describeRange('Lavrov said', start, end)).toThrow(/0 ≤ start < end ≤ 11/);
  });

  it('widens a range that would split an emoji so the whole code point is quoted', () => {
    const text = 'I ❤ 😀 news';
    const emojiAt = text.indexOf('😀');
    expect(describeRange(text, emojiAt + 1, emojiAt + 2)).toMatchObject({
      start: emojiAt,
      end: emojiAt + 2,
      exact: '😀',
    });
    expect(describeRange(text, 0, emojiAt + 1)).toMatchObject({
      end: emojiAt + 2,
      exact: 'I ❤ 😀',
    });
  });

  it('never starts the prefix or ends the suffix in the middle of a surrogate pair', () => {
    const smileys = '😀'.repeat(20); // 40 UTF-16 units
    const text = `${smileys}Lavrov${smileys}`;
    const range = describeRange(text, 40, 46);
    expect(range.exact).toBe('Lavrov');
    expect(range.prefix).toBe('😀'.repeat(16));
    expect(range.suffix).toBe('😀'.repeat(16));

    // 32 units back from "Kerry" would land inside a pair: keep 31 instead.
    expect(describeRange(`${smileys}!Kerry!${smileys}`, 41, 46).prefix).toBe(`${'😀'.repeat(15)}!`);
    expect(describeRange(`${smileys}!Kerry!${smileys}`, 41, 46).suffix).toBe(`!${'😀'.repeat(15)}`);
  });

  it('keeps ZWJ emoji sequences and combining marks as they are in the text', () => {
    const text = 'Team 👩‍👩‍👧 and café vs cafe\u0301';
    const family = text.indexOf('👩‍👩‍👧');
    expect(describeRange(text, family, family + 8).exact).toBe('👩‍👩‍👧');
    const decomposed = text.indexOf('cafe\u0301');
    expect(describeRange(text, decomposed, decomposed + 5).exact).toBe('cafe\u0301');
  });

  it('describes right-to-left text in logical order', () => {
    const text = 'وقال لافروف إن استخدام القوة عقيم';
    const name = text.indexOf('لافروف');
    expect(describeRange(text, name, name + 6)).toMatchObject({
      exact: 'لافروف',
      prefix: 'وقال ',
      suffix: ' إن استخدام القوة عقيم',
    });
    const hebrew = 'אמר לברוב היום';
    expect(describeRange(hebrew, 4, 9)).toMatchObject({
      exact: 'לברוב',
      prefix: 'אמר ',
      suffix: ' היום',
    });
  });
});
