import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsRepo, articlesRepo } from '../../src/db';
import { describeRange } from '../../src/domain/anchoring';
import { buildUserDocument, newDocumentId } from '../../src/domain/corpus';
import { renderApp } from '../helpers/render-app';
import { seedHighlight, seedTag } from '../helpers/seed-annotations';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function seed() {
  const war = await seedTag('War');
  const ceasefire = await seedTag('Ceasefire', war.id);
  const peace = await seedTag('Peace');
  await seedHighlight('001_7385e71a292b6180', 'inutile', {
    tags: [ceasefire],
    note: 'French **framing**',
  });
  await seedHighlight('002_27f4b5ccaf5df4df', 'political solution', {
    tags: [peace],
    note: '<img src=x onerror=alert(1)>',
  });
  await seedHighlight('003_160427fdb2b2b30e', 'swift political solution', { tags: [war] });
  return { war, ceasefire, peace };
}

function items() {
  const list = screen.queryByRole('list', { name: 'Matching annotations' });
  return list ? within(list).getAllByRole('article') : [];
}

describe('All annotations', () => {
  it('lists every annotation with its article, outlet, tags and note, linking to its place', async () => {
    await seed();
    renderApp('/annotations');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Annotations' }),
    ).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Matching annotations' });
    expect(items()).toHaveLength(3);
    const french = items()[0] as HTMLElement;
    expect(within(french).getByText('“inutile”')).toBeInTheDocument();
    expect(within(french).getByText('SANA (français)')).toBeInTheDocument();
    // The language sits with the article link and outlet (the note also starts with "French").
    expect(within(french).getByRole('link').parentElement).toHaveTextContent('French');
    expect(within(french).getByText('framing').tagName).toBe('STRONG');
    const link = within(french).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/articles\/001_7385e71a292b6180#annotation=/);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('filters by parent tag (with children), outlet and text, keeping the filters in the URL', async () => {
    const { war } = await seed();
    const { user, router } = renderApp('/annotations');
    await screen.findByRole('list', { name: 'Matching annotations' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), war.id);
    expect(items()).toHaveLength(2);
    expect(router.state.location.search).toBe(`?tag=${war.id}`);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outlet' }), 'Press TV');
    expect(items()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search quotes and notes' }),
      'POLITICAL',
    );
    expect(items()).toHaveLength(2);
    expect(screen.getByText('2 annotations of 3 match these filters')).toBeInTheDocument();
  });

  it('opens with the filters of a shared link', async () => {
    const { peace } = await seed();
    renderApp(`/annotations?tag=${peace.id}&sort=date`);
    await screen.findByRole('list', { name: 'Matching annotations' });
    expect(items()).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('date');
  });

  it("names the user's own documents like the bundled articles", async () => {
    const text = 'Field notes from Geneva\nThe talks resumed on Friday.\n';
    const doc = await buildUserDocument(text, 'notes.txt', new Date(), newDocumentId());
    await articlesRepo.add(doc);
    const start = text.indexOf('talks resumed');
    await annotationsRepo.create({
      id: crypto.randomUUID(),
      articleId: doc.id,
      textHash: doc.sha256,
      ranges: [describeRange(text, start, start + 'talks resumed'.length)],
      tagIds: [],
      note: '',
      color: null,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      status: 'exact',
      coderId: 'local',
    });
    renderApp('/annotations');
    await screen.findByRole('list', { name: 'Matching annotations' });
    expect(
      within(items()[0] as HTMLElement).getByRole('link', { name: 'Field notes from Geneva' }),
    ).toBeInTheDocument();
  });

  it('says when there is nothing yet', async () => {
    renderApp('/annotations');
    expect(await screen.findByText('No annotations yet.')).toBeInTheDocument();
  });
});
