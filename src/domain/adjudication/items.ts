import type { Annotation } from '../model';

/** How two coders' codings of a passage differ. */
export type DisagreementKind = 'tags-differ' | 'boundaries-differ' | 'only-a' | 'only-b';

/** One thing to settle: a passage where coder A and coder B do not agree. */
export interface AdjudicationItem {
  /** Stable across reloads: the article and the two annotations' ids. */
  key: string;
  articleId: string;
  kind: DisagreementKind;
  a: Annotation | null;
  b: Annotation | null;
}

/** Where two coders agree: same ranges, same tags. Goes into the consensus at once. */
export interface Agreement {
  articleId: string;
  a: Annotation;
  b: Annotation;
}

function rangesKey(a: Annotation): string {
  return a.ranges.map((r) => `${r.start}-${r.end}`).join(',');
}

function sameTags(a: Annotation, b: Annotation): boolean {
  const x = [...a.tagIds].sort();
  const y = [...b.tagIds].sort();
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

function start(a: Annotation): number {
  return Math.min(...a.ranges.map((r) => r.start));
}

function overlap(a: Annotation, b: Annotation): number {
  let total = 0;
  for (const x of a.ranges)
    for (const y of b.ranges)
      total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

function itemKey(articleId: string, a: Annotation | null, b: Annotation | null): string {
  return `${articleId}\u0000${a?.id ?? ''}\u0000${b?.id ?? ''}`;
}

/**
 * Compares coder A's and coder B's annotations of the same articles (orphans left out).
 * Annotations with the same ranges pair up first (same tags: an agreement; else "tags
 * differ"); the rest pair by the largest overlap ("boundaries differ"); what is left was coded
 * by one coder only. Items come in article order, then text order.
 */
export function adjudicationItems(
  aLayer: readonly Annotation[],
  bLayer: readonly Annotation[],
  articleOrder: readonly string[],
): { items: AdjudicationItem[]; agreements: Agreement[] } {
  const items: AdjudicationItem[] = [];
  const agreements: Agreement[] = [];
  const usable = (list: readonly Annotation[]) => list.filter((a) => a.status !== 'orphan');
  const byArticle = (list: readonly Annotation[]) => {
    const map = new Map<string, Annotation[]>();
    for (const a of usable(list)) map.set(a.articleId, [...(map.get(a.articleId) ?? []), a]);
    return map;
  };
  const aBy = byArticle(aLayer);
  const bBy = byArticle(bLayer);
  const order = [...new Set([...articleOrder, ...aBy.keys(), ...bBy.keys()])];

  for (const articleId of order) {
    const aList = [...(aBy.get(articleId) ?? [])].sort((x, y) => start(x) - start(y));
    const bLeft = [...(bBy.get(articleId) ?? [])].sort((x, y) => start(x) - start(y));
    if (aList.length === 0 && bLeft.length === 0) continue;
    const here: AdjudicationItem[] = [];
    const aLeft: Annotation[] = [];
    for (const a of aList) {
      const partner = bLeft.findIndex((b) => rangesKey(b) === rangesKey(a));
      if (partner === -1) {
        aLeft.push(a);
        continue;
      }
      const [b] = bLeft.splice(partner, 1) as [Annotation];
      if (sameTags(a, b)) agreements.push({ articleId, a, b });
      else here.push({ key: itemKey(articleId, a, b), articleId, kind: 'tags-differ', a, b });
    }
    const pairs = aLeft
      .flatMap((a) => bLeft.map((b) => ({ a, b, shared: overlap(a, b) })))
      .filter((p) => p.shared > 0)
      .sort((x, y) => y.shared - x.shared || start(x.a) - start(y.a));
    const used = new Set<Annotation>();
    for (const { a, b } of pairs) {
      if (used.has(a) || used.has(b)) continue;
      used.add(a);
      used.add(b);
      here.push({ key: itemKey(articleId, a, b), articleId, kind: 'boundaries-differ', a, b });
    }
    for (const a of aLeft)
      if (!used.has(a))
        here.push({ key: itemKey(articleId, a, null), articleId, kind: 'only-a', a, b: null });
    for (const b of bLeft)
      if (!used.has(b))
        here.push({ key: itemKey(articleId, null, b), articleId, kind: 'only-b', a: null, b });
    here.sort((x, y) => start((x.a ?? x.b)!) - start((y.a ?? y.b)!));
    items.push(...here);
  }
  return { items, agreements };
}
