import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AdjudicationButtons } from '../../src/components/adjudication-buttons';
import { decisionForKey } from '../../src/components/adjudication-decisions';
import type { AdjudicationItem } from '../../src/domain/adjudication';
import { describeRange } from '../../src/domain/anchoring';
import type { Annotation } from '../../src/domain/model';

const text = 'Lavrov met Kerry in Moscow.';
function ann(id: string, coderId: string): Annotation {
  return {
    id,
    articleId: 'a1',
    textHash: 'c'.repeat(64),
    ranges: [describeRange(text, 0, 6)],
    tagIds: [],
    note: '',
    color: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    status: 'exact',
    coderId,
  };
}

/** Only coder B marked this passage: A has nothing to accept. */
const onlyB: AdjudicationItem = {
  key: 'a1|-|b1',
  articleId: 'a1',
  kind: 'only-b',
  a: null,
  b: ann('b1', 'bob'),
};

function renderButtons(item: AdjudicationItem) {
  const handlers = {
    onDecide: vi.fn(),
    onEdit: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
  };
  render(<AdjudicationButtons current={item} {...handlers} />);
  return handlers;
}

describe('adjudication buttons', () => {
  it('offers every decision with its key, and none for a side that is missing', async () => {
    const user = userEvent.setup();
    const { onDecide, onEdit, onPrevious, onNext } = renderButtons(onlyB);

    const acceptA = screen.getByRole('button', { name: 'Accept A' });
    expect(acceptA).toBeDisabled();
    expect(acceptA).toHaveAttribute('aria-keyshortcuts', '1');
    expect(screen.getByRole('button', { name: 'Accept B' })).toHaveAttribute(
      'aria-keyshortcuts',
      '2',
    );

    await user.click(screen.getByRole('button', { name: 'Accept B' }));
    await user.click(screen.getByRole('button', { name: 'Accept both' }));
    await user.click(screen.getByRole('button', { name: 'Neither' }));
    await user.click(acceptA);
    expect(onDecide.mock.calls).toEqual([
      [{ kind: 'b' }],
      [{ kind: 'both' }],
      [{ kind: 'neither' }],
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect([onEdit, onPrevious, onNext].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('maps the keys to the same decisions as the buttons', () => {
    expect(decisionForKey('1', onlyB)).toBeUndefined();
    expect(decisionForKey('2', onlyB)?.kind).toBe('b');
    expect(decisionForKey('3', onlyB)?.kind).toBe('both');
    expect(decisionForKey('0', onlyB)?.kind).toBe('neither');
    expect(decisionForKey('9', onlyB)).toBeUndefined();
  });
});
