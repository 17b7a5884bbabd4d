import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../src/db';
import { exportNative } from '../../src/domain/formats/native-export';
import { parseNative } from '../../src/domain/formats/native-import';
import { gatherExport } from '../../src/commands/transfer';
import { renderApp } from '../helpers/render-app';
import { seedHighlight } from '../helpers/seed-annotations';

afterEach(() => {
  vi.unstubAllGlobals();
});

const frenchId = '001_7385e71a292b6180';

async function seedDamaged() {
  const good = await seedHighlight(frenchId, 'inutile', { note: 'still here' });
  const bad = { ...good, id: crypto.randomUUID(), ranges: null };
  await getDb().annotations.put(bad as never);
  return { good, bad };
}

describe('a damaged record in storage', () => {
  it('does not break the reader or All annotations', async () => {
    await seedDamaged();
    renderApp(`/articles/${frenchId}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Kerry/);
    const sidebar = await screen.findByRole('complementary', { name: 'Annotations' });
    expect(await within(sidebar).findByText('still here')).toBeInTheDocument();
  });

  it('is listed on Export & import, to download raw or delete', async () => {
    const { bad } = await seedDamaged();
    const { user } = renderApp('/data');
    expect(
      await screen.findByText(/^1 damaged record: download it raw, or delete it/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Delete annotation ${bad.id}` }));
    await vi.waitFor(async () => expect(await getDb().annotations.get(bad.id)).toBeUndefined());
    expect(await getDb().annotations.count()).toBe(1);
  });

  it('goes into the backup raw, and the backup still imports', async () => {
    const { good, bad } = await seedDamaged();
    renderApp('/data');
    await screen.findByRole('heading', { level: 1 });
    const file = exportNative(await gatherExport());
    const parsed = JSON.parse(file) as {
      annotations: { id: string }[];
      damaged: { raw: { id: string; ranges: unknown } }[];
    };
    expect(parsed.annotations.map((a) => a.id)).toEqual([good.id]);
    expect(parsed.damaged[0]?.raw).toMatchObject({ id: bad.id, ranges: null });
    expect(parseNative(file).annotations).toHaveLength(1);
  });
});
