import { describe, expect, it } from 'vitest';
import { SearchIndexCore, type IndexedDoc } from '../../../src/db/search-index/core';

const doc = (id: string, text: string, title = id): IndexedDoc => ({
  id,
  title,
  textHash: `${id}-hash`,
  text,
});

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

const ids = (core: SearchIndexCore, query: string) =>
  core
    .search(query)
    .results.map((r) => r.id)
    .sort();

describe('SearchIndexCore', () => {
  it('finds the articles holding every word, ignoring case and accents', () => {
    const core = indexOf();
    expect(ids(core, 'kerry dialogue')).toEqual(['geneva', 'moscow', 'paris']);
    expect(ids(core, 'GENEVE')).toEqual(['paris']);
    expect(ids(core, 'Genèv')).toEqual(['geneva', 'paris']);
    expect(ids(core, 'kerry lavrov')).toEqual(['geneva']);
    expect(ids(core, 'kerry nowhere')).toEqual([]);
  });

  it('keeps a quoted phrase whole', () => {
    const core = indexOf();
    expect(ids(core, '"political dialogue"')).toEqual(['geneva']);
    expect(ids(core, '“dialogue politique”')).toEqual(['paris']);
    expect(ids(core, '"dialogue political"')).toEqual([]);
  });

  it('matches the last word by its beginning, as the user types', () => {
    const core = indexOf();
    expect(ids(core, 'kerry minis')).toEqual(['geneva', 'paris']);
    expect(ids(core, 'minis kerry')).toEqual([]);
  });

  it('gives hits with offsets into the text and counts every match', () => {
    const core = indexOf();
    const found = core.search('kerry');
    expect(found.articleCount).toBe(3);
    const geneva = found.results.find((r) => r.id === 'geneva');
    const hit = geneva?.hits[0];
    expect(hit && docs[0]?.text.slice(hit.start, hit.end)).toBe('Kerry');
    expect(core.search('kerry', 1).results).toHaveLength(1);
    expect(core.search('kerry', 1).articleCount).toBe(3);
  });

  it('drops removed and changed articles and asks only for what it lacks', () => {
    const core = indexOf();
    const need = core.reconcile([
      { id: 'geneva', textHash: 'geneva-hash' },
      { id: 'paris', textHash: 'paris-edited' },
      { id: 'new', textHash: 'new-hash' },
    ]);
    expect(need).toEqual(['paris', 'new']);
    expect(ids(core, 'moscow')).toEqual([]);
    expect(ids(core, 'kerry')).toEqual(['geneva']);
    core.add([{ ...doc('paris', 'Kerry à Paris.'), textHash: 'paris-edited' }]);
    expect(ids(core, 'kerry')).toEqual(['geneva', 'paris']);
  });

  it('comes back from storage as it was, and refuses an index of another version', () => {
    const stored = structuredClone(indexOf().persisted());
    const again = new SearchIndexCore();
    expect(again.load(stored)).toBe(true);
    expect(again.size).toBe(3);
    expect(again.search('"political dialogue"')).toEqual(indexOf().search('"political dialogue"'));
    expect(again.reconcile(docs.map((d) => ({ id: d.id, textHash: d.textHash })))).toEqual([]);
    expect(new SearchIndexCore().load({ ...stored, version: 0 as never })).toBe(false);
  });

  it('finds nothing for a query of only spaces or punctuation', () => {
    const core = indexOf();
    expect(core.search('  ').results).toEqual([]);
    expect(core.search('"" , ;').articleCount).toBe(0);
  });
});
