import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TagInput } from '../../src/components/tag-input';
import type { Tag } from '../../src/domain/model';
import { resetAppStore, useAppStore } from '../../src/store';

function tag(name: string, id = crypto.randomUUID()): Tag {
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    color: '#fde68a',
    description: '',
    hotkey: null,
    parentId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

function Harness({ all, onAdd }: { all: Tag[]; onAdd: (name: string) => void }) {
  const [selected, setSelected] = useState<Tag[]>([]);
  return (
    <TagInput
      selected={selected}
      all={all}
      onAdd={(name) => {
        onAdd(name);
        const known = all.find((t) => t.nameKey === name.toLowerCase()) ?? tag(name);
        setSelected((s) => [...s, known]);
      }}
      onRemove={(id) => setSelected((s) => s.filter((t) => t.id !== id))}
    />
  );
}

const codebook = [tag('Diplomatie'), tag('Force')];

beforeEach(() => resetAppStore());

describe('the Tags field does not let the codebook drift', () => {
  it('Enter takes the first suggestion instead of creating a new tag', async () => {
    const onAdd = vi.fn();
    render(<Harness all={codebook} onAdd={onAdd} />);
    const field = screen.getByRole('combobox', { name: 'Tags' });
    await userEvent.type(field, 'Dip');
    const options = within(screen.getByRole('listbox', { name: 'Matching tags' })).getAllByRole(
      'option',
    );
    expect(options.map((o) => o.textContent?.trim())).toEqual([
      'Diplomatie',
      expect.stringContaining('Create tag “Dip”'),
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await userEvent.keyboard('{Enter}');
    expect(onAdd).toHaveBeenCalledWith('Diplomatie');
  });

  it('creates a tag only through the explicit entry, by arrows or Ctrl+Enter', async () => {
    const onAdd = vi.fn();
    render(<Harness all={codebook} onAdd={onAdd} />);
    const field = screen.getByRole('combobox', { name: 'Tags' });
    await userEvent.type(field, 'Dip');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Create tag “Dip”/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.keyboard('{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith('Dip');

    await userEvent.type(field, 'Forc');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onAdd).toHaveBeenLastCalledWith('Forc');
  });

  it('offers "Create tag" only when the name is new', async () => {
    render(<Harness all={codebook} onAdd={vi.fn()} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Tags' }), 'force');
    expect(screen.getByRole('option', { name: 'Force' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Create tag/ })).not.toBeInTheDocument();
  });

  it('with the codebook locked, offers existing tags only and says so', async () => {
    useAppStore.getState().setLockCodebook(true);
    const onAdd = vi.fn();
    render(<Harness all={codebook} onAdd={onAdd} />);
    const field = screen.getByRole('combobox', { name: 'Tags' });
    await userEvent.type(field, 'Dip');
    expect(screen.queryByRole('option', { name: /Create tag/ })).not.toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, 'Sanctions{Enter}');
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('No such tag: the codebook is locked.');
  });
});
