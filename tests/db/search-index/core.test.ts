import { describe, expect, it } from 'vitest';
import { SearchIndexCore, type IndexedDoc } from '../../../src/db/search-index/core';

const doc = (id: string, text: string, title = id): IndexedDoc => ({
  id,
  title,
  textHash: `${id}-hash`,
  text,
});

/** A TextSource over `list`, counting the texts it was asked for. */
function readFrom(list: readonly IndexedDoc[], asked: string[] = []) {
  return (wanted: readonly string[]) => {
    asked.push(...wanted);
    return Promise.resolve(wanted.map((id) => list.find((d) => d.id === id)?.text));
  };
}

const docs = [
  doc('geneva', 'Lavrov met Kerry in Geneva. The ministers spoke of a political dialogue.'),
  doc('paris', 'À Genève, le ministre a évoqué un dialogue politique avec Kerry.'),
  doc('moscow', 'Kerry flew to Moscow; no dialogue, politically speaking, took place.'),
];

function indexOf(list = docs): SearchIndexCore {
  const core = new SearchIndexCore();
  core.add(list);
  return core;
}

const ids = async (core: SearchIndexCore, query: string) =>
  (await core.search(query)).results.map((r) => r.id).sort();

describe('SearchIndexCore', async () => {
  it('finds the articles holding every word, ignoring case and accents', async () => {
    const core = indexOf();
    expect(await ids(core, 'kerry dialogue')).toEqual(['geneva', 'moscow', 'paris']);
    expect(await ids(core, 'GENEVE')).toEqual(['paris']);
    expect(await ids(core, 'Genèv')).toEqual(['geneva', 'paris']);
    expect(await ids(core, 'kerry lavrov')).toEqual(['geneva']);
    expect(await ids(core, 'kerry nowhere')).toEqual([]);
  });

  it('keeps a quoted phrase whole', async () => {
    const core = indexOf();
    expect(await ids(core, '"political dialogue"')).toEqual(['geneva']);
    expect(await ids(core, '“dialogue politique”')).toEqual(['paris']);
    expect(await ids(core, '"dialogue political"')).toEqual([]);
  });

  it('matches the last word by its beginning, as the user types', async () => {
    const core = indexOf();
    expect(await ids(core, 'kerry minis')).toEqual(['geneva', 'paris']);
    expect(await ids(core, 'minis kerry')).toEqual([]);
  });

  it('gives hits with offsets into the text and counts every match', async () => {
    const core = indexOf();
    const found = await core.search('kerry');
    expect(found.articleCount).toBe(3);
    const geneva = found.results.find((r) => r.id === 'geneva');
    const hit = geneva?.hits[0];
    expect(hit && docs[0]?.text.slice(hit.start, hit.end)).toBe('Kerry');
    expect((await core.search('kerry', 1)).results).toHaveLength(1);
    expect((await core.search('kerry', 1)).articleCount).toBe(3);
  });

  it('drops removed and changed articles and asks only for what it lacks', async () => {
    const core = indexOf();
    const need = core.reconcile([
      { id: 'geneva', textHash: 'geneva-hash' },
      { id: 'paris', textHash: 'paris-edited' },
      { id: 'new', textHash: 'new-hash' },
    ]);
    expect(need).toEqual(['paris', 'new']);
    expect(await ids(core, 'moscow')).toEqual([]);
    expect(await ids(core, 'kerry')).toEqual(['geneva']);
    core.add([{ ...doc('paris', 'Kerry à Paris.'), textHash: 'paris-edited' }]);
    expect(await ids(core, 'kerry')).toEqual(['geneva', 'paris']);
  });

  it('comes back from storage as it was, and refuses an index of another version', async () => {
    const stored = structuredClone(indexOf().persisted());
    const again = new SearchIndexCore(readFrom(docs));
    expect(again.load(stored)).toBe(true);
    expect(again.size).toBe(3);
    expect(await again.search('"political dialogue"')).toEqual(
      await indexOf().search('"political dialogue"'),
    );
    expect(again.reconcile(docs.map((d) => ({ id: d.id, textHash: d.textHash })))).toEqual([]);
    expect(new SearchIndexCore().load({ ...stored, version: 0 as never })).toBe(false);
  });

  it('finds nothing for a query of only spaces or punctuation', async () => {
    const core = indexOf();
    expect((await core.search('  ')).results).toEqual([]);
    expect((await core.search('"" , ;')).articleCount).toBe(0);
  });
});

describe('SearchIndexCore stored between visits', () => {
  it('stores postings, ids, titles and hashes but no text, and reads texts only as a query needs them', async () => {
    const stored = structuredClone(indexOf().persisted());
    expect(JSON.stringify({ ...stored, offsets: [], postings: [] })).not.toContain('Lavrov met');
    expect(stored.terms.split('\n')).toEqual([...stored.terms.split('\n')].sort());
    const asked: string[] = [];
    const again = new SearchIndexCore(readFrom(docs, asked));
    again.load(stored);
    // Words alone come from the postings; the snippets read the texts of the results shown.
    const found = await again.search('kerry', 2);
    expect(found.articleCount).toBe(3);
    expect(asked).toHaveLength(2);
    const geneva = found.results.find((r) => r.id === 'geneva');
    const hit = geneva?.hits[0];
    expect(hit && docs[0]?.text.slice(hit.start, hit.end)).toBe('Kerry');
    // Each text is read once, then held.
    await again.search('kerry');
    expect([...asked].sort()).toEqual(['geneva', 'moscow', 'paris']);
  });

  it('reads every text in the background after a load, so later queries read none', async () => {
    const asked: string[] = [];
    const again = new SearchIndexCore(readFrom(docs, asked));
    again.load(structuredClone(indexOf().persisted()));
    expect(await again.warm()).toBe(3);
    asked.length = 0;
    expect(await ids(again, '"political dialogue"')).toEqual(['geneva']);
    expect(asked).toEqual([]);
  });

  it('refuses the older stored shape that held every text, so it is rebuilt', () => {
    const old = {
      version: 2,
      docs: docs.map(({ id, title, textHash, text }) => ({ id, title, textHash, text })),
      terms: 'kerry',
      offsets: new Uint32Array([0, 3]),
      postings: new Uint32Array([0, 1, 2]),
    };
    const core = new SearchIndexCore();
    expect(core.load(old as never)).toBe(false);
    expect(core.load({ ...old, version: 3 } as never)).toBe(false);
    expect(core.size).toBe(0);
    expect(core.reconcile(docs)).toEqual(['geneva', 'paris', 'moscow']);
  });

  it('adds to, drops from and stores again an index it loaded, prefixes included', async () => {
    const again = new SearchIndexCore(readFrom(docs));
    again.load(structuredClone(indexOf().persisted()));
    again.add([doc('vienna', 'Ministers of foreign affairs met in Vienna.')]);
    expect(await ids(again, 'minist')).toEqual(['geneva', 'paris', 'vienna']);
    expect(again.reconcile([{ id: 'vienna', textHash: 'vienna-hash' }])).toEqual([]);
    expect(await ids(again, 'minist')).toEqual(['vienna']);
    const third = new SearchIndexCore();
    third.load(structuredClone(again.persisted()));
    expect(await ids(third, 'minis')).toEqual(['vienna']);
    expect(await ids(third, 'kerry')).toEqual([]);
    expect(third.persisted().terms.split('\n')).not.toContain('lavrov');
  });
});

describe('SearchIndexCore phrases typed a letter at a time', () => {
  it('finds the same articles as a fresh index at every keystroke, and sees new articles', async () => {
    const core = indexOf();
    const typed = '"political dialogue"';
    for (let end = 3; end <= typed.length; end += 1) {
      const query = typed.slice(0, end);
      expect(await ids(core, query)).toEqual(await ids(indexOf(), query));
    }
    expect(await ids(core, '"political dialogue"')).toEqual(['geneva']);
    core.add([doc('rome', 'A political dialogue began in Rome.')]);
    expect(await ids(core, '"political dialogue"')).toEqual(['geneva', 'rome']);
    expect(await ids(core, '"political dialog"')).toEqual(['geneva', 'rome']);
  });
});
