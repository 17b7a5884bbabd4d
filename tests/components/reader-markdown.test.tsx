import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { articlesRepo } from '../../src/db';
import { buildUserDocument, newDocumentId } from '../../src/domain/corpus';
import { renderApp } from '../helpers/render-app';

const text = [
  '# Talks in **Geneva**',
  '',
  'The envoy met [both delegations](https://news.example/geneva) on *Friday*.',
  '',
  '## What was agreed',
  '',
  '- a **ceasefire** from Monday',
  '> “We are close,” said `the envoy`.',
  '',
].join('\n');

async function openMarkdown(fileName: string) {
  const doc = await buildUserDocument(text, fileName, new Date(), newDocumentId());
  await articlesRepo.add(doc);
  renderApp(`/articles/${doc.id}`);
  await screen.findByRole('heading', { level: 1 });
  return screen.getByRole('region', { name: 'Article text' });
}

describe('Reader: a Markdown document', () => {
  it('shows headings, emphasis and links styled, with every character of the text in place', async () => {
    const body = await openMarkdown('talks.md');
    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('# Talks in **Geneva**');
    expect(title).toHaveAccessibleName('Talks in Geneva');
    expect(within(body).getByRole('heading', { level: 2, name: 'What was agreed' })).toBeVisible();

    const article = screen.getByRole('article');
    for (const line of article.querySelectorAll<HTMLElement>('[data-offset]')) {
      const start = Number(line.dataset.offset);
      expect(text.slice(start, start + (line.textContent ?? '').length)).toBe(line.textContent);
    }
    const styled = (content: string) =>
      Array.from(article.querySelectorAll('span')).find((s) => s.textContent === content);
    expect(styled('Geneva')?.className).toMatch(/strong/);
    expect(styled('Friday')?.className).toMatch(/em/);
    expect(styled('both delegations')?.className).toMatch(/link/);
    expect(styled('https://news.example/geneva')?.className).toMatch(/url/);
    expect(styled('the envoy')?.className).toMatch(/code/);
    expect(styled('- ')?.className).toMatch(/syntax/);
    // The link is text to annotate, not a live link.
    expect(within(article).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows a plain-text document as written, Markdown-looking or not', async () => {
    const body = await openMarkdown('talks.txt');
    expect(within(body).queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(screen.getByRole('article').querySelector('span[class*="strong"]')).toBeNull();
  });
});
