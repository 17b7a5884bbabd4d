import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../src/domain/markdown/parse';
import { safeHref } from '../../../src/domain/markdown/safe-link';

describe('safe Markdown', () => {
  it('keeps raw HTML as literal text', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
    ]);
  });

  it('allows only http(s) and mailto links', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    const unsafe = parseInline('[x](javascript:alert(1))');
    expect(unsafe.every((node) => node.type === 'text')).toBe(true);
    expect(unsafe.map((node) => (node.type === 'text' ? node.text : '')).join('')).toBe(
      '[x](javascript:alert(1))',
    );
    expect(parseInline('see [the UN](https://un.org)')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: 'https://un.org', children: [{ type: 'text', text: 'the UN' }] },
    ]);
  });

  it('parses emphasis, strong, code and lists', () => {
    expect(parseInline('**bold** and *it* and `x<y`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'x<y' },
    ]);
    expect(parseMarkdown('- one\n- two\n\nafter')).toEqual([
      { type: 'list', items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
      { type: 'paragraph', children: [{ type: 'text', text: 'after' }] },
    ]);
  });
});
