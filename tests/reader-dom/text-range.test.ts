import { describe, expect, it } from 'vitest';
import { boundaryToOffset, rangeToOffsets } from '../../src/reader-dom';

const text = 'Title line\n\nFirst 😀 para\u0301graph.\nSecond one.\n';

function mount(): HTMLElement {
  const root = document.createElement('div');
  // Paragraph 2 is split by a nested highlight, as the reader paints it.
  root.innerHTML =
    '<h1 data-offset="0">Title line</h1>' +
    '<p>meta line outside the text</p>' +
    '<p data-offset="12">First 😀 <mark data-annotation-id="a">para<mark data-annotation-id="b">\u0301gr</mark></mark>aph.</p>' +
    '<p data-offset="33">Second one.</p>';
  document.body.append(root);
  return root;
}

describe('selection to canonical offsets', () => {
  it('maps points inside nested marks to UTF-16 offsets of the canonical text', () => {
    const root = mount();
    const inner = root.querySelector('[data-annotation-id="b"]')?.firstChild as Text;
    const offset = boundaryToOffset(root, inner, 1, 'forward');
    expect(offset).not.toBeNull();
    expect(text.slice(offset as number, (offset as number) + 2)).toBe('gr');
  });

  it('maps a range across paragraphs to one span and trims whitespace', () => {
    const root = mount();
    const range = document.createRange();
    const first = root.querySelector('[data-offset="12"]')?.lastChild as Text; // "aph."
    range.setStart(first, 0);
    range.setEnd(root.querySelector('[data-offset="33"]')?.firstChild as Text, 6);
    const offsets = rangeToOffsets(root, range, text);
    expect(offsets).not.toBeNull();
    expect(text.slice(offsets!.start, offsets!.end)).toBe('aph.\nSecond');
  });

  it('snaps a start between paragraphs to the next paragraph', () => {
    const root = mount();
    const range = document.createRange();
    range.setStart(root.querySelector('p:not([data-offset])')?.firstChild as Text, 2);
    range.setEnd(root.querySelector('[data-offset="33"]')?.firstChild as Text, 6);
    const offsets = rangeToOffsets(root, range, text);
    expect(text.slice(offsets!.start, offsets!.end)).toBe('First 😀 para\u0301graph.\nSecond');
  });

  it('offers nothing for whitespace only or outside the article', () => {
    const root = mount();
    const blank = document.createRange();
    blank.setStart(root.querySelector('[data-offset="12"]')?.firstChild as Text, 5);
    blank.setEnd(root.querySelector('[data-offset="12"]')?.firstChild as Text, 6);
    expect(rangeToOffsets(root, blank, text)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const away = document.createRange();
    away.selectNodeContents(outside);
    expect(rangeToOffsets(root, away, text)).toBeNull();
  });
});
