import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../src/db';
import { renderApp, seedText } from '../helpers/render-app';

const articleId = '000_df97716ef8399177';
const text = seedText(articleId);
const QUOTE = 'The use of force to solve the crisis in Syria would be futile';
const start = text.indexOf(QUOTE);

function csvFile(rows: string[]): File {
  const body = ['id,article_id,start_utf16,end_utf16,quote,tag,coder', ...rows].join('\r\n');
  return new File([`\uFEFF${body}\r\n`], 'bob.csv', { type: 'text/csv' });
}

describe('Import as coder: a CSV', () => {
  it('adds the CSV’s rows as the coder its coder column names', async () => {
    const { user } = renderApp('/data');
    const input = await screen.findByLabelText('Import as coder', {}, { timeout: 8000 });
    await user.upload(
      input,
      csvFile([
        `a1,${articleId},${start},${start + QUOTE.length},${QUOTE},Force,Bob`,
        `a1,${articleId},${start},${start + QUOTE.length},${QUOTE},Syria,Bob`,
      ]),
    );
    expect(await screen.findByRole('textbox', { name: 'Coder name' })).toHaveValue('Bob');
    expect(screen.getByText('New coder layer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add layer' }));
    await screen.findByText(/as Bob:/);
    const bob = (await getDb().coders.toArray()).find((c) => c.name === 'Bob')!;
    expect(bob.color).toMatch(/^#[0-9a-f]{6}$/);
    const layer = await getDb().annotations.where('coderId').equals(bob.id).toArray();
    expect(layer).toHaveLength(1);
    expect(layer[0]?.ranges[0]).toMatchObject({ start, end: start + QUOTE.length, exact: QUOTE });
    const tags = await getDb().tags.bulkGet(layer[0]!.tagIds);
    expect(tags.map((t) => t?.name).sort()).toEqual(['Force', 'Syria']);
  });

  it('refuses a CSV whose quote is not in the article, naming the row, and changes nothing', async () => {
    const { user } = renderApp('/data');
    const input = await screen.findByLabelText('Import as coder', {}, { timeout: 8000 });
    await user.upload(
      input,
      csvFile([
        `a1,${articleId},${start},${start + QUOTE.length},${QUOTE},Force,Bob`,
        `a2,${articleId},0,5,Not in this article at all,Force,Bob`,
      ]),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bob.csv cannot be imported as a coder.');
    expect(alert).toHaveTextContent('Row 3, column "quote"');
    expect(alert).toHaveTextContent('Nothing was changed.');
    await waitFor(async () => expect(await getDb().annotations.count()).toBe(0));
    expect(await getDb().coders.count()).toBe(0);
  });
});
