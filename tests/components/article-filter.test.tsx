import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleFilter } from '../../src/components/article-filter';
import type { Article } from '../../src/domain/corpus/types';
import { bundledMeta } from '../domain/formats/fixtures';

const many: Article[] = Array.from({ length: 2_000 }, (_, i) => ({
  ...bundledMeta,
  id: `art-${i}`,
  title: i === 1234 ? 'Genève : les pourparlers reprennent' : `Report number ${i}`,
  source: 'SANA',
  language: 'en',
  textHash: '',
}));

function Harness({ articles, onChange }: { articles: Article[]; onChange: (id: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <>
      <ArticleFilter
        articles={articles}
        value={value}
        onChange={(id) => {
          setValue(id);
          onChange(id);
        }}
      />
      <button type="button" onClick={() => setValue('')}>
        Clear filters
      </button>
    </>
  );
}

const suggestions = (box: HTMLElement) => {
  const list = document.getElementById(box.getAttribute('list') ?? '');
  return list ? [...list.querySelectorAll('option')].map((o) => o.value) : [];
};

describe('the Article filter', () => {
  it('lists every article in a select while the library is small', async () => {
    const onChange = vi.fn();
    render(<Harness articles={many.slice(0, 20)} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Article' });
    expect(within(select).getAllByRole('option')).toHaveLength(21);
    await userEvent.selectOptions(select, 'art-3');
    expect(onChange).toHaveBeenLastCalledWith('art-3');
  });

  it('in a large library, suggests a few titles as the user types and chooses the one typed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness articles={many} onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Article' });
    // Not two thousand options in the page.
    expect(document.querySelectorAll('option').length).toBeLessThanOrEqual(50);
    await user.type(box, 'geneve POURPARLERS');
    expect(suggestions(box)).toEqual(['Genève : les pourparlers reprennent']);
    expect(onChange).not.toHaveBeenCalled();

    await user.clear(box);
    await user.type(box, 'report number 77');
    expect(suggestions(box)).toContain('Report number 77');
    expect(suggestions(box).length).toBeLessThanOrEqual(50);
    expect(onChange).toHaveBeenLastCalledWith('art-77');

    // Typing on past a title keeps the article until another one matches.
    await user.type(box, '7');
    expect(onChange).toHaveBeenLastCalledWith('art-777');
    await user.clear(box);
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('shows the chosen title, and empties when the filter is cleared elsewhere', async () => {
    const user = userEvent.setup();
    render(<Harness articles={many} onChange={vi.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Article' });
    await user.type(box, 'Report number 5');
    expect(box).toHaveValue('Report number 5');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(box).toHaveValue('');
  });
});
