import type { Inline } from './types';

/** JavaScript's `\s`, as one code unit. */
export function isSpaceUnit(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * "Where is the next X at or after p" for one text, remembering its last answer. The scanner
 * asks with (almost always) growing p, so each character is looked at a bounded number of
 * times: this is what keeps unclosed markers ("[[[[…", "****…") linear instead of rescanning
 * the rest of the note from every opening.
 */
class NextIndex {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly matches: (code: number) => boolean,
  ) {}

  at(from: number): number {
    if (this.from !== -1 && from >= this.from && (this.found === -1 || this.found >= from)) {
      return this.found;
    }
    let index = from;
    while (index < this.text.length && !this.matches(this.text.charCodeAt(index))) index++;
    this.from = from;
    this.found = index < this.text.length ? index : -1;
    return this.found;
  }
}

const STAR = 42;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** One construct found at a position: its kind, where its content lies and where it ends. */
export interface Found {
  kind: 'strong' | 'em' | 'code' | 'link';
  contentStart: number;
  contentEnd: number;
  end: number;
  /** Links only: where the href starts (it ends at `end - 1`, before the closing parenthesis). */
  hrefStart?: number;
}

/**
 * The inline construct that starts at a position of `source`, if any: `**strong**`, `*em*`,
 * `_em_`, `` `code` `` and `[label](href)`. Asked with growing positions, the finder looks at
 * each character a bounded number of times (nesting is bounded: a strong span cannot hold `*`,
 * a label cannot hold `]`), so a whole scan stays linear in the length of the text.
 */
export function inlineFinder(source: string): (index: number) => Found | null {
  const next = {
    star: new NextIndex(source, (c) => c === STAR),
    underscore: new NextIndex(source, (c) => c === UNDERSCORE),
    backtick: new NextIndex(source, (c) => c === BACKTICK),
    closeBracket: new NextIndex(source, (c) => c === CLOSE_BRACKET),
    hrefEnd: new NextIndex(source, (c) => c === CLOSE_PAREN || isSpaceUnit(c)),
  };
  const at = (index: number) => source.charCodeAt(index);

  return function foundAt(index: number): Found | null {
    const code = at(index);
    if (code === STAR) {
      if (at(index + 1) === STAR) {
        const close = next.star.at(index + 2);
        if (close > index + 2 && at(close + 1) === STAR)
          return { kind: 'strong', contentStart: index + 2, contentEnd: close, end: close + 2 };
      } else if (index + 1 < source.length && !isSpaceUnit(at(index + 1))) {
        const close = next.star.at(index + 1);
        if (close !== -1)
          return { kind: 'em', contentStart: index + 1, contentEnd: close, end: close + 1 };
      }
      return null;
    }
    if (code === UNDERSCORE) {
      const second = at(index + 1);
      if (index + 1 < source.length && second !== UNDERSCORE && !isSpaceUnit(second)) {
        const close = next.underscore.at(index + 1);
        if (close !== -1)
          return { kind: 'em', contentStart: index + 1, contentEnd: close, end: close + 1 };
      }
      return null;
    }
    if (code === BACKTICK) {
      const close = next.backtick.at(index + 1);
      if (close > index + 1)
        return { kind: 'code', contentStart: index + 1, contentEnd: close, end: close + 1 };
      return null;
    }
    if (code === OPEN_BRACKET) {
      const close = next.closeBracket.at(index + 1);
      if (close <= index + 1 || at(close + 1) !== OPEN_PAREN) return null;
      const hrefEnd = next.hrefEnd.at(close + 2);
      if (hrefEnd <= close + 2 || at(hrefEnd) !== CLOSE_PAREN) return null;
      return {
        kind: 'link',
        contentStart: index + 1,
        contentEnd: close,
        hrefStart: close + 2,
        end: hrefEnd + 1,
      };
    }
    return null;
  };
}

/**
 * Splits a line of inline Markdown into nodes (see inlineFinder). Same results as the
 * leftmost-match regular expression it replaces, in time linear in the length of the text.
 */
export function scanInline(source: string, safeHref: (href: string) => string | null): Inline[] {
  const foundAt = inlineFinder(source);
  const out: Inline[] = [];
  let textStart = 0;
  let index = 0;
  while (index < source.length) {
    const found = foundAt(index);
    if (!found) {
      index++;
      continue;
    }
    if (index > textStart) out.push({ type: 'text', text: source.slice(textStart, index) });
    const content = source.slice(found.contentStart, found.contentEnd);
    if (found.kind === 'strong' || found.kind === 'em') {
      out.push({ type: found.kind, children: scanInline(content, safeHref) });
    } else if (found.kind === 'code') {
      out.push({ type: 'code', text: content });
    } else {
      const safe = safeHref(source.slice(found.hrefStart, found.end - 1));
      out.push(
        safe
          ? { type: 'link', href: safe, children: scanInline(content, safeHref) }
          : { type: 'text', text: source.slice(index, found.end) },
      );
    }
    index = found.end;
    textStart = index;
  }
  if (textStart < source.length) out.push({ type: 'text', text: source.slice(textStart) });
  return out;
}
