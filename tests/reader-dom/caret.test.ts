import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ReaderCaret,
  caretAnnouncement,
  caretMoveForKey,
  caretOffset,
  caretStartOffset,
  placeCaret,
  selectionAnnouncement,
} from '../../src/reader-dom';

const text = 'First line here.\nSecond para\u0301graph with words.\nThird one.';

/** The article text as the reader paints it: paragraphs with offsets, one split by a mark. */
function mount() {
  const root = document.createElement('div');
  root.tabIndex = 0;
  root.innerHTML =
    '<p data-offset="0">First line here.</p>' +
    '<p data-offset="17">Second <mark data-annotation-id="a" tabindex="-1">para\u0301graph</mark> with words.</p>' +
    '<p data-offset="47">Third one.</p>';
  const caret = document.createElement('span');
  const live = document.createElement('p');
  root.append(caret);
  document.body.append(root, live);
  return { root, caret, live, mark: root.querySelector('mark') as HTMLElement };
}

const key = (key: string, mods: Partial<KeyboardEvent> = {}) =>
  new KeyboardEvent('keydown', { key, ...mods });

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

describe('caret keys', () => {
  it('maps arrows, word steps, Home/End and Shift to Selection.modify steps', () => {
    expect(caretMoveForKey(key('ArrowRight'))).toEqual({
      alter: 'move',
      direction: 'right',
      granularity: 'character',
    });
    expect(caretMoveForKey(key('ArrowLeft', { ctrlKey: true }))).toMatchObject({
      direction: 'left',
      granularity: 'word',
    });
    expect(caretMoveForKey(key('ArrowRight', { altKey: true, shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'right',
      granularity: 'word',
    });
    expect(caretMoveForKey(key('ArrowDown'))).toMatchObject({ granularity: 'line' });
    expect(caretMoveForKey(key('Home'))).toMatchObject({
      direction: 'backward',
      granularity: 'lineboundary',
    });
    expect(caretMoveForKey(key('End', { shiftKey: true }))).toMatchObject({
      alter: 'extend',
      direction: 'forward',
    });
    // Left to the browser: Cmd combinations, Ctrl+Home, other keys.
    expect(caretMoveForKey(key('ArrowRight', { metaKey: true }))).toBeNull();
    expect(caretMoveForKey(key('Home', { ctrlKey: true }))).toBeNull();
    expect(caretMoveForKey(key('h'))).toBeNull();
  });
});

describe('where the caret starts', () => {
  it('starts at the focused highlight, else the last click, else the paragraph at the top', () => {
    const { root, mark } = mount();
    expect(caretStartOffset(root, { focused: mark, lastClick: 3 })).toBe(24);
    expect(text.slice(24, 28)).toBe('para');
    expect(caretStartOffset(root, { focused: root, lastClick: 3 })).toBe(3);

    // The first paragraph scrolled out of view above the header's bottom (100 px).
    const [first, second] = Array.from(root.querySelectorAll('p'));
    vi.spyOn(first as HTMLElement, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, -40, 500, 30),
    );
    vi.spyOn(second as HTMLElement, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 80, 500, 30),
    );
    expect(caretStartOffset(root, { focused: root, lastClick: null, viewTop: 100 })).toBe(17);
  });

  it('places the caret at a canonical offset and reads it back, inside marks too', () => {
    const { root } = mount();
    expect(placeCaret(root, 30)).toBe(true);
    expect(document.getSelection()?.isCollapsed).toBe(true);
    expect(caretOffset(root)).toBe(30);
    expect(placeCaret(root, 999)).toBe(false);
  });
});

describe('what is announced', () => {
  it('says the character, the word or the rest of the line at the caret', () => {
    const paragraph = 'Second paragraph with words.';
    expect(caretAnnouncement(paragraph, 0, 'character')).toBe('S');
    expect(caretAnnouncement(paragraph, 6, 'character')).toBe('space');
    expect(caretAnnouncement(paragraph, 6, 'word')).toBe('paragraph');
    expect(caretAnnouncement(paragraph, 17, 'line')).toBe('with words.');
    expect(caretAnnouncement(paragraph, paragraph.length, 'word')).toBe('End of paragraph');
    expect(selectionAnnouncement(' para\ngraph ')).toBe('Selected “para graph”');
    expect(selectionAnnouncement('x'.repeat(100))).toHaveLength(91);
  });
});

describe('the reader caret', () => {
  function withModify(step: (selection: Selection, ...args: string[]) => void) {
    const modify = vi.fn(function (this: Selection, ...args: string[]) {
      step(this, ...args);
    });
    Object.defineProperty(Selection.prototype, 'modify', { value: modify, configurable: true });
    return modify;
  }

  afterEach(() => {
    Reflect.deleteProperty(Selection.prototype, 'modify');
  });

  it('starts at the focused highlight, steps with Selection.modify and announces the word', () => {
    const { root, caret, live, mark } = mount();
    const reader = new ReaderCaret(root, { caret, live });
    mark.focus();
    expect(caretOffset(root)).toBe(24);
    const modify = withModify((selection) => {
      // Ctrl+Right to the end of the word (as Chromium on Linux does).
      const node = mark.firstChild as Text;
      selection.collapse(node, node.length);
    });
    expect(reader.handleKey(key('ArrowRight', { ctrlKey: true }))).toBe(true);
    expect(modify).toHaveBeenCalledWith('move', 'right', 'word');
    expect(caretOffset(root)).toBe(34);
    expect(live).toHaveTextContent('with');
    reader.disconnect();
  });

  it('extends from the caret and says what is selected', () => {
    const { root, caret, live } = mount();
    const reader = new ReaderCaret(root, { caret, live });
    placeCaret(root, 0);
    withModify((selection) => {
      const node = root.querySelector('p')?.firstChild as Text;
      selection.extend(node, 5);
    });
    expect(reader.handleKey(key('ArrowRight', { shiftKey: true, ctrlKey: true }))).toBe(true);
    expect(document.getSelection()?.toString()).toBe('First');
    expect(live).toHaveTextContent('Selected “First”');
    reader.disconnect();
  });

  it('never lets the caret leave the article text', () => {
    const { root, caret, live } = mount();
    const outside = document.createElement('p');
    outside.textContent = 'Footer';
    document.body.append(outside);
    const reader = new ReaderCaret(root, { caret, live });
    placeCaret(root, 57);
    withModify((selection) => selection.collapse(outside.firstChild as Text, 2));
    expect(reader.handleKey(key('ArrowRight'))).toBe(true);
    expect(caretOffset(root)).toBe(57);
    reader.disconnect();
  });

  it('leaves other keys to the page', () => {
    const { root, caret, live } = mount();
    withModify(() => undefined);
    const reader = new ReaderCaret(root, { caret, live });
    expect(reader.handleKey(key('j'))).toBe(false);
    reader.disconnect();
  });
});
