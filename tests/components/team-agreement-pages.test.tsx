import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  REPORT_PAGE_SIZE,
  TeamAgreementReport,
  sortArticleRows,
} from '../../src/components/team-agreement-report';
import { computeTeamAgreement } from '../../src/domain/agreement';
import type { Annotation } from '../../src/domain/model';
import { annotation, article, tag } from '../domain/agreement/helpers';

/*
 * A study of many articles and tags: the report's tables show a page of rows at a time, turned
 * with Previous / Next (by keyboard too), and the articles sort by alpha or spans.
 */

const ARTICLES = 120;
const TAGS = 60;

function study() {
  const tags = Array.from({ length: TAGS }, (_, i) => tag(`Theme ${String(i).padStart(2, '0')}`));
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    ...article(`a${i}`, `Article number ${i} says the talks resumed in Geneva.`),
    outlet: 'SANA',
  }));
  const layer = (coderId: string, shift: number): Annotation[] =>
    articles.flatMap((a, i) => [
      // The second coder agrees more on later articles: alpha differs from article to article.
      annotation(a, [[0, 10 + (shift ? (i % 7) * 3 : 0)]], [tags[i % TAGS]!], { coderId }),
    ]);
  return computeTeamAgreement({
    articles,
    tags,
    coders: [
      { id: 'ann', name: 'Ann', annotations: layer('ann', 0) },
      { id: 'ben', name: 'Ben', annotations: layer('ben', 1) },
    ],
  });
}

const bodyRows = (name: string) =>
  within(screen.getByRole('table', { name })).getAllByRole('row').slice(1);

describe('TeamAgreementReport at scale', () => {
  it('shows the per-article and per-tag rows a page at a time, turned by click and keyboard', async () => {
    const user = userEvent.setup();
    const report = study();
    render(<TeamAgreementReport report={report} />);

    expect(bodyRows('Agreement per article')).toHaveLength(REPORT_PAGE_SIZE);
    const pager = screen.getByRole('group', { name: 'Pages of the agreement per article' });
    expect(pager).toHaveTextContent(`Articles 1–50 of ${ARTICLES}`);
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(pager).toHaveTextContent(`Articles 51–100 of ${ARTICLES}`);
    expect(bodyRows('Agreement per article')[0]).toHaveTextContent('Title a50');

    // From the keyboard: the focused button keeps its place at the last page.
    within(pager).getByRole('button', { name: 'Next page' }).focus();
    await user.keyboard('{Enter}');
    expect(pager).toHaveTextContent(`Articles 101–120 of ${ARTICLES}`);
    expect(bodyRows('Agreement per article')).toHaveLength(ARTICLES - 100);
    await user.keyboard('{Enter}');
    expect(pager).toHaveTextContent(`Articles 101–120 of ${ARTICLES}`);
    expect(within(pager).getByRole('button', { name: 'Next page' })).toHaveFocus();

    // Tags: both per-tag tables turn together; "All tags" stays in the footer of each.
    const perTag = bodyRows('Agreement per tag');
    expect(perTag).toHaveLength(REPORT_PAGE_SIZE + 1);
    expect(perTag.at(-1)).toHaveTextContent('All tags');
    await user.click(
      within(screen.getByRole('group', { name: 'Pages of the agreement per tag' })).getByRole(
        'button',
        { name: 'Next page' },
      ),
    );
    expect(bodyRows('Agreement per tag')[0]).toHaveTextContent('Theme 50');
    expect(bodyRows('Pairwise Cohen’s κ per tag')[0]).toHaveTextContent('Theme 50');
    expect(bodyRows('Agreement per tag')).toHaveLength(TAGS - REPORT_PAGE_SIZE + 1);
  });

  it('sorts the articles by alpha, lowest or highest first, and by spans', async () => {
    const user = userEvent.setup();
    const report = study();
    render(<TeamAgreementReport report={report} />);
    const sort = screen.getByRole('combobox', { name: 'Sort articles by' });

    await user.selectOptions(sort, 'Lowest α first');
    const lowest = [...report.byArticle].sort(
      (x, y) => (x.figures.alpha ?? Infinity) - (y.figures.alpha ?? Infinity),
    )[0]!;
    expect(bodyRows('Agreement per article')[0]).toHaveTextContent(lowest.article.title);

    await user.selectOptions(sort, 'Highest α first');
    const alphas = sortArticleRows(report.byArticle, 'alpha-high').map((r) => r.figures.alpha);
    expect(alphas[0]).toBe(Math.max(...report.byArticle.map((r) => r.figures.alpha ?? -Infinity)));
    expect(alphas).toEqual([...alphas].sort((a, b) => (b ?? -Infinity) - (a ?? -Infinity)));
    await user.selectOptions(sort, 'Library order');
    expect(bodyRows('Agreement per article')[0]).toHaveTextContent('Title a0');
  });

  it('puts articles without alpha last and keeps library order among equals', () => {
    const row = (id: string, alpha: number | null, spans = 1) =>
      ({
        article: { id, title: id, outlet: null },
        coderIds: [],
        figures: { alpha, spans },
      }) as unknown as Parameters<typeof sortArticleRows>[0][number];
    const rows = [row('a', null), row('b', 0.5), row('c', 0.2), row('d', 0.5, 3)];
    const ids = (order: Parameters<typeof sortArticleRows>[1]) =>
      sortArticleRows(rows, order).map((r) => r.article.id);
    expect(ids('alpha-low')).toEqual(['c', 'b', 'd', 'a']);
    expect(ids('alpha-high')).toEqual(['b', 'd', 'c', 'a']);
    expect(ids('spans')).toEqual(['d', 'a', 'b', 'c']);
    expect(ids('library')).toEqual(['a', 'b', 'c', 'd']);
  });
});
