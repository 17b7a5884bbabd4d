import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SelectionObserver } from '../../src/reader-dom';

describe('SelectionObserver', () => {
  let reports: (string | null)[];
  let observer: SelectionObserver;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="p">Lavrov met Kerry</p>';
    reports = [];
    observer = new SelectionObserver((range) => reports.push(range ? range.toString() : null));
  });

  afterEach(() => {
    observer.disconnect();
    vi.useRealTimers();
    document.getSelection()?.removeAllRanges();
  });

  function select(start: number, end: number) {
    const node = document.getElementById('p')?.firstChild as Text;
    document.getSelection()?.setBaseAndExtent(node, start, node, end);
    document.dispatchEvent(new Event('selectionchange'));
  }

  it('reports nothing while the pointer is down, then the settled selection on release', () => {
    document.dispatchEvent(new Event('pointerdown'));
    select(0, 3);
    select(0, 6);
    vi.advanceTimersByTime(500);
    expect(reports).toEqual([]);
    document.dispatchEvent(new Event('pointerup'));
    vi.advanceTimersByTime(1);
    expect(reports).toEqual(['Lavrov']);
  });

  it('reports a selection made without a pointer once selectionchange is quiet', () => {
    select(0, 1);
    select(0, 2);
    select(0, 6);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(reports).toEqual(['Lavrov']);
  });

  it('reports at once when a key is let go (Shift+arrows)', () => {
    select(11, 16);
    document.dispatchEvent(new Event('keyup'));
    vi.advanceTimersByTime(1);
    expect(reports).toEqual(['Kerry']);
  });

  it('stops reporting once disconnected', () => {
    observer.disconnect();
    select(0, 6);
    vi.advanceTimersByTime(100);
    expect(reports).toEqual([]);
  });
});
