// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/domain/formats/import-plan';
import type { Annotation } from '../../../src/domain/model';
import type { ArticleWithText } from '../../../src/domain/corpus/types';
import type { ImportBundle } from '../../../src/domain/formats/types';
import {
  annotate,
  context,
  makeArticle,
  makeDocument,
  makeTag,
  memo,
  importedMeta,
} from './fixtures';

let article: ArticleWithText;
const TEXT =
  'The minister said the talks were useful. Later the minister said the talks had failed.';

beforeAll(async () => {
  article = await makeArticle('001_article', TEXT);
});

function bundle(parts: Partial<ImportBundle>): ImportBundle {
  return {
    format: 'native',
    exportedAt: null,
    articles: [],
    tags: [],
    annotations: [],
    memos: [],
    documents: [],
    skipped: [],
    ...parts,
  };
}

function withRange(a: Annotation, patch: Partial<Annotation['ranges'][number]>): Annotation {
  return { ...a, ranges: [{ ...a.ranges[0]!, ...patch }] };
}

describe('planImport: annotations', () => {
  it('skips annotations on unknown articles', () => {
    const orphanArticle = { ...annotate(article, 'talks'), articleId: 'no-such-article' };
    const plan = planImport(
      bundle({ annotations: [annotate(article, 'talks'), orphanArticle] }),
      context([article]),
    );
    expect(plan.add.annotations).toHaveLength(1);
    expect(plan.skip).toEqual([
      {
        kind: 'annotation',
        index: 1,
        id: orphanArticle.id,
        reason: 'unknown article no-such-article',
        message: 'annotation 1: unknown article no-such-article',
      },
    ]);
  });

  it('skips offsets beyond the end of the article, naming the field and the length', () => {
    const beyond = withRange(annotate(article, 'failed'), { end: TEXT.length + 10 });
    const plan = planImport(bundle({ annotations: [beyond] }), context([article]));
    expect(plan.skip[0]?.message).toBe(
      `annotation 0: \`ranges[0].end\` is beyond the end of the article (length ${TEXT.length})`,
    );
    expect(plan.counts.add).toBe(0);
  });

  it('re-anchors by quote when the offsets are past the end of a text that changed', () => {
    const written = withRange(annotate(article, 'had failed'), { start: 200, end: 210 });
    const plan = planImport(
      bundle({ annotations: [{ ...written, textHash: 'f'.repeat(64) }] }),
      context([article]),
    );
    const added = plan.add.annotations[0]!;
    expect(added.status).toBe('moved');
    expect(TEXT.slice(added.ranges[0]!.start, added.ranges[0]!.end)).toBe('had failed');
    expect(added.textHash).toBe(article.textHash);
  });

  it('re-anchors a quote that is not at its offsets, choosing the occurrence whose context matches', () => {
    const second = annotate(article, 'said the talks had');
    const shifted = withRange(second, {
      start: second.ranges[0]!.start - 7,
      end: second.ranges[0]!.end - 7,
    });
    const plan = planImport(bundle({ annotations: [shifted] }), context([article]));
    expect(plan.add.annotations[0]?.ranges).toEqual(second.ranges);
    expect(plan.add.annotations[0]?.status).toBe('moved');
  });

  it('skips an annotation whose quote is not in the article', () => {
    const missing = withRange(annotate(article, 'minister'), { exact: 'ambassador' });
    const plan = planImport(bundle({ annotations: [missing] }), context([article]));
    expect(plan.skip.map((s) => s.message)).toEqual(['annotation 0: quote not found']);
  });

  it('keeps annotations the file already marks as orphans, unchanged', () => {
    const orphan = withRange(annotate(article, 'minister', { status: 'orphan' }), {
      exact: 'gone text',
    });
    const plan = planImport(bundle({ annotations: [orphan] }), context([article]));
    expect(plan.add.annotations).toEqual([orphan]);
  });

  it('skips the second of two annotations with the same id', () => {
    const a = annotate(article, 'talks');
    const plan = planImport(
      bundle({ annotations: [a, { ...a, note: 'copy' }] }),
      context([article]),
    );
    expect(plan.add.annotations).toEqual([a]);
    expect(plan.skip.map((s) => s.message)).toEqual(['annotation 1: duplicate id']);
  });

  it('on merge, a newer annotation with a local id changes it; an older one is skipped; an equal one is unchanged', () => {
    const local = annotate(article, 'talks', { updatedAt: '2025-02-10T00:00:00.000Z' });
    const newer = { ...local, note: 'newer', updatedAt: '2025-02-11T00:00:00.000Z' };
    const other = annotate(article, 'minister', { updatedAt: '2025-02-10T00:00:00.000Z' });
    const older = { ...other, note: 'older', updatedAt: '2025-02-09T00:00:00.000Z' };
    const same = annotate(article, 'useful');
    const plan = planImport(
      bundle({ annotations: [newer, older, same] }),
      context([article], { annotations: [local, other, same] }),
    );
    expect(plan.change.annotations).toEqual([newer]);
    expect(plan.skip.map((s) => s.message)).toEqual(['annotation 1: older or same as local']);
    expect(plan.counts).toMatchObject({ change: 1, skip: 1, unchanged: 1, add: 0, remove: 0 });
  });

  it('skips annotations that use a tag neither the file nor the codebook has', () => {
    const ghost = crypto.randomUUID();
    const plan = planImport(
      bundle({ annotations: [annotate(article, 'talks', { tagIds: [ghost] })] }),
      context([article]),
    );
    expect(plan.skip[0]?.reason).toBe(`unknown tag ${ghost}`);
  });
});

describe('planImport: tags', () => {
  it('matches tags by case-insensitive name and rewrites the annotations to the local id', () => {
    const local = makeTag('Framing');
    const incoming = makeTag('FRAMING');
    const fresh = makeTag('Blame');
    const a = annotate(article, 'talks', { tagIds: [incoming.id, fresh.id] });
    const plan = planImport(
      bundle({ tags: [incoming, fresh], annotations: [a] }),
      context([article], { tags: [local] }),
    );
    expect(plan.add.tags).toEqual([fresh]);
    expect(plan.add.annotations[0]?.tagIds).toEqual([local.id, fresh.id]);
    expect(plan.counts.unchanged).toBe(1);
  });

  it('keeps the local tag when the file has a different tag with the same id (merge)', () => {
    const local = makeTag('Framing');
    const plan = planImport(
      bundle({ tags: [{ ...local, color: '#bbf7d0' }] }),
      context([article], { tags: [local] }),
    );
    expect(plan.change.tags).toEqual([]);
    expect(plan.skip[0]?.message).toBe(
      'tag 0: a tag with this id is in the codebook; the local one is kept',
    );
  });

  it('maps a child tag to its parent matched by name, and warns about a missing parent', () => {
    const localParent = makeTag('Actors');
    const fileParent = makeTag('actors');
    const child = makeTag('Russia', { parentId: fileParent.id });
    const stray = makeTag('Stray', { parentId: crypto.randomUUID() });
    const plan = planImport(
      bundle({ tags: [fileParent, child, stray] }),
      context([article], { tags: [localParent] }),
    );
    expect(plan.add.tags).toEqual([
      { ...child, parentId: localParent.id },
      { ...stray, parentId: null },
    ]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      `tag 2: its parent tag ${stray.parentId} is not in the file or the codebook; it becomes a top-level tag`,
    ]);
  });
});

describe('planImport: replace, memos and documents', () => {
  it('on replace, lists every local record the file lacks for removal and takes the file version of the rest', async () => {
    const keep = annotate(article, 'talks', { updatedAt: '2025-02-20T00:00:00.000Z' });
    const fileVersion = {
      ...keep,
      note: 'older but from the file',
      updatedAt: '2025-02-01T00:00:00.000Z',
    };
    const gone = annotate(article, 'minister');
    const localTag = makeTag('Local only');
    const localMemo = memo(article.id, 'local memo');
    const docArticle = await makeArticle('user-doc', 'A user document.', importedMeta);
    const localDoc = makeDocument(docArticle);
    const plan = planImport(
      bundle({ annotations: [fileVersion] }),
      context([article, docArticle], {
        annotations: [keep, gone],
        tags: [localTag],
        memos: [localMemo],
        documents: [localDoc],
      }),
      'replace',
    );
    expect(plan.change.annotations).toEqual([fileVersion]);
    expect(plan.remove).toEqual({
      annotations: [gone],
      tags: [localTag],
      memos: [localMemo],
      documents: [localDoc],
      overrides: [],
      sets: [],
    });
    expect(plan.counts).toMatchObject({ change: 1, remove: 4 });
  });

  it('on replace, annotations on a local document the file does not hold are unknown', async () => {
    const docArticle = await makeArticle('user-doc', 'A user document.', importedMeta);
    const plan = planImport(
      bundle({ annotations: [annotate(docArticle, 'user')] }),
      context([article, docArticle], { documents: [makeDocument(docArticle)] }),
      'replace',
    );
    expect(plan.skip[0]?.reason).toBe('unknown article user-doc');
  });

  it('imports annotations on documents that come in the same file', async () => {
    const docArticle = await makeArticle('new-doc', 'Brand new document text.', importedMeta);
    const plan = planImport(
      bundle({
        documents: [makeDocument(docArticle)],
        annotations: [annotate(docArticle, 'new document')],
      }),
      context([article]),
    );
    expect(plan.add.documents).toHaveLength(1);
    expect(plan.add.annotations).toHaveLength(1);
  });

  it('keeps a local document whose text differs on merge, and skips a document with a bundled article id', async () => {
    const docArticle = await makeArticle('user-doc', 'Local text.', importedMeta);
    const changed = { ...makeDocument(docArticle), text: 'Other text.', sha256: 'a'.repeat(64) };
    const clash = { ...makeDocument(article), sha256: 'b'.repeat(64), text: 'different' };
    const plan = planImport(
      bundle({ documents: [changed, clash] }),
      context([article, docArticle], { documents: [makeDocument(docArticle)] }),
    );
    expect(plan.skip.map((s) => s.message)).toEqual([
      'document 0: a different document with this id is in the library; the local one is kept',
      'document 1: a bundled article already has this id',
    ]);
  });

  it('plans memos: unknown article, duplicates, newer wins', () => {
    const local = memo(article.id, 'old', '2025-01-01T00:00:00.000Z');
    const plan = planImport(
      bundle({
        memos: [
          memo(article.id, 'new', '2025-02-01T00:00:00.000Z'),
          memo(article.id, 'again'),
          memo('nope', 'x'),
        ],
      }),
      context([article], { memos: [local] }),
    );
    expect(plan.change.memos).toEqual([memo(article.id, 'new', '2025-02-01T00:00:00.000Z')]);
    expect(plan.skip.map((s) => s.message)).toEqual([
      'memo 1: duplicate memo for this article',
      'memo 2: unknown article nope',
    ]);
  });

  it('passes the parser\u2019s own skipped records through to the preview', () => {
    const parserSkip = {
      kind: 'line' as const,
      index: 3,
      id: '',
      reason: 'text does not match any known article',
      message: 'line 3: text does not match any known article',
    };
    const plan = planImport(bundle({ skipped: [parserSkip] }), context([article]));
    expect(plan.skip).toEqual([parserSkip]);
    expect(plan.counts.skip).toBe(1);
  });
});
