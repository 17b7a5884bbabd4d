import type { Tag } from '../model';
import {
  addUnit,
  cohenKappa,
  createTally,
  fleissKappa,
  krippendorffAlpha,
  multiKappa,
  pairIndex,
  pairUnits,
  type ReliabilityTally,
} from './reliability';
import { ArticleIndex, collectSpans, type CodedSpan } from './spans';
import { characterRuns } from './team-units';
import type {
  PairFigures,
  SingleCoderTag,
  TeamCoderData,
  TeamFigures,
  TeamIgnored,
  TeamReport,
} from './team-types';
import type { AgreementArticle, AgreementTag } from './types';

/** What {@link computeTeamAgreement} compares. */
export interface TeamAgreementInput {
  /** Every article the device knows, in library order (the report keeps that order). */
  articles: readonly (AgreementArticle & { outlet: string | null })[];
  /** Two or more coders' layers. */
  coders: readonly TeamCoderData[];
  /** The shared codebook the layers' tag ids refer to. */
  tags: readonly Tag[];
  /** The user's named sets of articles; an article may be in several, or none. */
  sets?: readonly { name: string; articleIds: readonly string[] }[];
}

interface PairSpans {
  spansA: number;
  spansB: number;
  exact: number;
  overlap: number;
}

/** A unit's values as one key: per coder '1' (has the tag), '0' (has not) or '.' (missing). */
type ValuesKey = string;

const valuesOf = (key: ValuesKey) => [...key].map((ch) => (ch === '.' ? null : ch));

/**
 * The additive counts of one scope. Units are kept as a histogram (values → total weight):
 * with yes/no values and a few coders there are only a handful of distinct value rows, so
 * pooling scopes costs next to nothing and the tally is built once, when figures are read.
 * The tally's sums are integers (reliability.ts), so this gives exactly the figures that
 * adding every character one by one would.
 */
class Scope {
  readonly units = new Map<ValuesKey, number>();
  readonly pairs: PairSpans[];
  spans = 0;

  constructor(readonly coders: number) {
    this.pairs = Array.from({ length: (coders * (coders - 1)) / 2 }, () => ({
      spansA: 0,
      spansB: 0,
      exact: 0,
      overlap: 0,
    }));
  }

  addUnits(key: ValuesKey, weight: number): void {
    if (weight > 0) this.units.set(key, (this.units.get(key) ?? 0) + weight);
  }

  add(other: Scope): void {
    for (const [key, weight] of other.units) this.addUnits(key, weight);
    other.pairs.forEach((p, i) => {
      const into = this.pairs[i]!;
      into.spansA += p.spansA;
      into.spansB += p.spansB;
      into.exact += p.exact;
      into.overlap += p.overlap;
    });
    this.spans += other.spans;
  }

  tally(): ReliabilityTally {
    const tally = createTally(this.coders);
    for (const [key, weight] of this.units) addUnit(tally, { weight, values: valuesOf(key) });
    return tally;
  }
}

function f1(matched: number, total: number): number | null {
  return total === 0 ? null : (2 * matched) / total;
}

function figuresOf(scope: Scope, coderIds: readonly string[]): TeamFigures {
  const n = coderIds.length;
  const tally = scope.tally();
  const pairs: PairFigures[] = [];
  let exact = 0;
  let overlap = 0;
  let spanTotal = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const p = scope.pairs[pairIndex(n, i, j)]!;
      exact += p.exact;
      overlap += p.overlap;
      spanTotal += p.spansA + p.spansB;
      pairs.push({
        a: coderIds[i]!,
        b: coderIds[j]!,
        kappa: cohenKappa(tally, i, j),
        units: pairUnits(tally, i, j),
        spansA: p.spansA,
        spansB: p.spansB,
        exactF1: f1(p.exact, p.spansA + p.spansB),
        overlapF1: f1(p.overlap, p.spansA + p.spansB),
      });
    }
  }
  return {
    alpha: krippendorffAlpha(tally),
    units: tally.pairableUnits,
    fleiss: fleissKappa(tally),
    multiKappa: multiKappa(tally),
    completeUnits: tally.complete.units,
    pairs,
    exactF1: f1(exact, spanTotal),
    overlapF1: f1(overlap, spanTotal),
    spans: scope.spans,
  };
}

/**
 * How many of two coders' spans of one tag in one article pair up, exact and overlapping: the
 * counts {@link matchSpans} gives, without listing the pairs. A coder's spans of one tag are
 * distinct ranges, so exact pairs are the ranges both have; the rest pair by a maximum matching
 * on "overlaps by a character" (Kuhn's augmenting paths), whose size does not depend on order.
 */
function matchCounts(a: readonly CodedSpan[], b: readonly CodedSpan[]) {
  if (a.length === 0 || b.length === 0) return { exact: 0, overlap: 0 };
  const key = (s: CodedSpan) => s.start * 2 ** 26 + s.end;
  const ranges = new Set(b.map(key));
  const exactKeys = new Set<number>();
  for (const span of a) if (ranges.has(key(span))) exactKeys.add(key(span));
  const left = a.filter((s) => !exactKeys.has(key(s)));
  const right = b.filter((s) => !exactKeys.has(key(s)));
  const holder = new Array<number>(right.length).fill(-1);
  const overlaps = (x: CodedSpan, y: CodedSpan) => Math.min(x.to, y.to) > Math.max(x.from, y.from);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < right.length; j++) {
      if (seen[j] || !overlaps(left[i]!, right[j]!)) continue;
      seen[j] = true;
      if (holder[j] === -1 || assign(holder[j]!, seen)) {
        holder[j] = i;
        return true;
      }
    }
    return false;
  };
  let paired = 0;
  for (let i = 0; i < left.length; i++) if (assign(i, new Array<boolean>(right.length))) paired++;
  return { exact: exactKeys.size, overlap: exactKeys.size + paired };
}

function bucket<K>(map: Map<K, Scope>, key: K, coders: number): Scope {
  let scope = map.get(key);
  if (!scope) map.set(key, (scope = new Scope(coders)));
  return scope;
}

/**
 * The agreement of two or more coders, per tag, per article, per outlet, per set and overall.
 *
 * Units are characters (Unicode code points) × tags: for each tag, each character of an article
 * is "has the tag" (1) or not (0) for each coder who coded the article (has any annotation on
 * it); a coder who did not code an article is missing data there. From these units come
 * Krippendorff's alpha (nominal), Fleiss' kappa, the pairwise Cohen's kappa (over the articles
 * both coders coded) and multi-kappa. Spans (range × tag) are matched pairwise one-to-one,
 * exact or overlapping, for F1. Tags are matched across layers by case-insensitive name.
 * Articles take part where any coder has an annotation; tags where any coder used them.
 */
export function computeTeamAgreement(
  input: TeamAgreementInput,
  onProgress?: (done: number, total: number) => void,
): TeamReport {
  // Placing the spans comes first and takes a while too: say that comparing has begun.
  onProgress?.(0, input.articles.length);
  const index = new ArticleIndex(input.articles);
  const n = input.coders.length;
  const coderIds = input.coders.map((c) => c.id);
  const ignored: TeamIgnored[] = [];
  const names = new Map<string, string>();
  /** Per coder: article id → tag key → spans. */
  const layers: Map<string, Map<string, CodedSpan[]>>[] = [];
  const coded: Set<string>[] = [];
  const usedBy = new Map<string, Set<string>>();

  for (const coder of input.coders) {
    const collected = collectSpans(
      'imported',
      { annotations: coder.annotations, tags: input.tags },
      index,
    );
    for (const [key, name] of collected.tagNames) if (!names.has(key)) names.set(key, name);
    for (const i of collected.ignored)
      ignored.push({
        coderId: coder.id,
        annotationId: i.annotationId,
        reason: i.reason,
        detail: i.detail,
      });
    const byArticle = new Map<string, Map<string, CodedSpan[]>>();
    for (const span of collected.spans) {
      let byTag = byArticle.get(span.articleId);
      if (!byTag) byArticle.set(span.articleId, (byTag = new Map()));
      const list = byTag.get(span.tagKey);
      if (list) list.push(span);
      else byTag.set(span.tagKey, [span]);
      let users = usedBy.get(span.tagKey);
      if (!users) usedBy.set(span.tagKey, (users = new Set()));
      users.add(coder.id);
    }
    layers.push(byArticle);
    const articles = new Set<string>();
    for (const annotation of coder.annotations) {
      const article = index.find(annotation);
      if (article && annotation.status !== 'orphan') articles.add(article.id);
    }
    coded.push(articles);
  }

  const tags: AgreementTag[] = [...usedBy.keys()]
    .map((key) => ({ key, name: names.get(key) ?? key }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key, 'en'));

  const overall = new Scope(n);
  const byTag = new Map<string, Scope>(tags.map((tag) => [tag.key, new Scope(n)]));
  /**
   * A tag none of an article's coders used there adds the article's characters as one run of
   * '0' (or missing) values. Rather than adding it tag by tag, the characters of every article
   * are summed per pattern of coders present, and so are those of the articles where a tag was
   * used: the difference is what each tag gets from the articles where it was not.
   */
  const allCharacters = new Map<ValuesKey, number>();
  const usedCharacters = new Map<string, Map<ValuesKey, number>>(
    tags.map((tag) => [tag.key, new Map()]),
  );
  const byOutlet = new Map<string, Scope>();
  const outletArticles = new Map<string, number>();
  const byArticle: TeamReport['byArticle'] = [];
  const setsOf = new Map<string, string[]>();
  for (const set of input.sets ?? []) {
    for (const id of set.articleIds) {
      const list = setsOf.get(id);
      if (list) list.push(set.name);
      else setsOf.set(id, [set.name]);
    }
  }
  const bySet = new Map<string, Scope>();
  const setArticles = new Map<string, number>();
  const nothing: CodedSpan[] = [];
  const total = input.articles.length;

  input.articles.forEach((article, done) => {
    if (onProgress && done % 500 === 0) onProgress(done, total);
    const present = coded.map((set) => set.has(article.id));
    if (!present.some(Boolean)) return;
    const length = index.codePoint(article, article.text.length, 'end');
    const articleScope = new Scope(n);
    const absent = present.map((p) => (p ? '0' : '.')).join('');
    const spansHere = layers.map((layer) => layer.get(article.id));
    const tagsHere = new Set<string>();
    for (const spans of spansHere) for (const key of spans?.keys() ?? []) tagsHere.add(key);

    articleScope.addUnits(absent, length * (tags.length - tagsHere.size));
    allCharacters.set(absent, (allCharacters.get(absent) ?? 0) + length);
    for (const key of tagsHere) {
      const used = usedCharacters.get(key)!;
      used.set(absent, (used.get(absent) ?? 0) + length);
      const tagScope = byTag.get(key)!;
      const spansOf = (c: number) => spansHere[c]?.get(key) ?? nothing;
      characterRuns(
        length,
        present.map((p, c) => (p ? spansOf(c).map((s) => [s.from, s.to] as const) : null)),
        (values, weight) => {
          articleScope.addUnits(values, weight);
          tagScope.addUnits(values, weight);
        },
      );
      let spans = 0;
      for (let c = 0; c < n; c++) spans += spansOf(c).length;
      articleScope.spans += spans;
      tagScope.spans += spans;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (!present[i] || !present[j]) continue;
          const a = spansOf(i);
          const b = spansOf(j);
          const matching = matchCounts(a, b);
          for (const pair of [
            articleScope.pairs[pairIndex(n, i, j)]!,
            tagScope.pairs[pairIndex(n, i, j)]!,
          ]) {
            pair.spansA += a.length;
            pair.spansB += b.length;
            pair.exact += matching.exact;
            pair.overlap += matching.overlap;
          }
        }
      }
    }
    const outlet = article.outlet ?? '';
    bucket(byOutlet, outlet, n).add(articleScope);
    outletArticles.set(outlet, (outletArticles.get(outlet) ?? 0) + 1);
    for (const set of new Set(setsOf.get(article.id))) {
      bucket(bySet, set, n).add(articleScope);
      setArticles.set(set, (setArticles.get(set) ?? 0) + 1);
    }
    overall.add(articleScope);
    byArticle.push({
      article: { id: article.id, title: article.title, outlet: article.outlet },
      coderIds: coderIds.filter((_, c) => present[c]),
      figures: figuresOf(articleScope, coderIds),
    });
  });
  for (const tag of tags) {
    const used = usedCharacters.get(tag.key)!;
    for (const [values, length] of allCharacters)
      byTag.get(tag.key)!.addUnits(values, length - (used.get(values) ?? 0));
  }
  onProgress?.(total, total);

  const singleCoderTags: SingleCoderTag[] =
    n < 2
      ? []
      : tags.flatMap((tag) => {
          const users = [...(usedBy.get(tag.key) ?? [])];
          return users.length === 1 ? [{ tag, coderId: users[0]! }] : [];
        });

  return {
    coders: input.coders.map(({ id, name }) => ({ id, name })),
    tags,
    overall: figuresOf(overall, coderIds),
    byTag: tags.map((tag) => ({
      tag,
      figures: figuresOf(byTag.get(tag.key)!, coderIds),
    })),
    byArticle,
    byOutlet: [...byOutlet.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([outlet, scope]) => ({
        outlet,
        articles: outletArticles.get(outlet) ?? 0,
        figures: figuresOf(scope, coderIds),
      })),
    bySet: [...bySet.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([set, scope]) => ({
        set,
        articles: setArticles.get(set) ?? 0,
        figures: figuresOf(scope, coderIds),
      })),
    singleCoderTags,
    ignored,
  };
}
