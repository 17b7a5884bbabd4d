import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Toasts } from '../../src/components/toasts';
import { UndoRedo } from '../../src/components/undo-redo';
import { resetAppStore, useAppStore } from '../../src/store';

describe('toasts and undo', () => {
  it('stacks at most three toasts, dropping the oldest', () => {
    resetAppStore();
    render(<Toasts />);
    act(() => {
      for (const n of [1, 2, 3, 4, 5]) {
        useAppStore.getState().showToast({ message: `Message ${n}`, tone: 'info' });
      }
    });
    expect(screen.queryByText('Message 2')).not.toBeInTheDocument();
    expect(screen.getByText('Message 3')).toBeInTheDocument();
    expect(screen.getByText('Message 5')).toBeInTheDocument();
    expect(useAppStore.getState().toasts).toHaveLength(3);
  });

  it('Undo and Redo are disabled with nothing to do, and Redo names Ctrl+Y', () => {
    resetAppStore();
    render(<UndoRedo />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(redo).toBeDisabled();
    expect(redo.getAttribute('aria-keyshortcuts')).toContain('Control+Y');
  });
});
