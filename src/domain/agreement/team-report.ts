import type { Tag } from '../model';
import { matchSpans } from './matching';
import {
  cohenKappa,
  createTally,
  fleissKappa,
  krippendorffAlpha,
  mergeTally,
  multiKappa,
  pairIndex,
  pairUnits,
  type ReliabilityTally,
} from './reliability';
import { ArticleIndex, collectSpans, type CodedSpan } from './spans';
import { addCharacters } from './team-units';
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

/** The additive counts of one scope. */
class Scope {
  readonly tally: ReliabilityTally;
  readonly pairs: PairSpans[];
  spans = 0;

  constructor(readonly coders: number) {
    this.tally = createTally(coders);
    this.pairs = Array.from({ length: (coders * (coders - 1)) / 2 }, () => ({
      spansA: 0,
      spansB: 0,
      exact: 0,
      overlap: 0,
    }));
  }

  add(other: Scope): void {
    mergeTally(this.tally, other.tally);
    other.pairs.forEach((p, i) => {
      const into = this.pairs[i]!;
      into.spansA += p.spansA;
      into.spansB += p.spansB;
      into.exact += p.exact;
      into.overlap += p.overlap;
    });
    this.spans += other.spans;
  }
}

function f1(matched: number, total: number): number | null {
  return total === 0 ? null : (2 * matched) / total;
}

function figuresOf(scope: Scope, coderIds: readonly string[]): TeamFigures {
  const n = coderIds.length;
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
        kappa: cohenKappa(scope.tally, i, j),
        units: pairUnits(scope.tally, i, j),
        spansA: p.spansA,
        spansB: p.spansB,
        exactF1: f1(p.exact, p.spansA + p.spansB),
        overlapF1: f1(p.overlap, p.spansA + p.spansB),
      });
    }
  }
  return {
    alpha: krippendorffAlpha(scope.tally),
    units: scope.tally.pairableUnits,
    fleiss: fleissKappa(scope.tally),
    multiKappa: multiKappa(scope.tally),
    completeUnits: scope.tally.complete.units,
    pairs,
    exactF1: f1(exact, spanTotal),
    overlapF1: f1(overlap, spanTotal),
    spans: scope.spans,
  };
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
export function computeTeamAgreement(input: TeamAgreementInput): TeamReport {
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
      byTag.set(span.tagKey, [...(byTag.get(span.tagKey) ?? []), span]);
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
  const byTag = new Map<string, Scope>();
  const byOutlet = new Map<string, Scope>();
  const outletArticles = new Map<string, number>();
  const byArticle: TeamReport['byArticle'] = [];
  const setsOf = new Map<string, string[]>();
  for (const set of input.sets ?? [])
    for (const id of set.articleIds) setsOf.set(id, [...(setsOf.get(id) ?? []), set.name]);
  const bySet = new Map<string, Scope>();
  const setArticles = new Map<string, number>();

  for (const article of input.articles) {
    const present = coded.map((set) => set.has(article.id));
    if (!present.some(Boolean)) continue;
    const length = index.codePoint(article, article.text.length, 'end');
    const articleScope = new Scope(n);
    for (const tag of tags) {
      const scope = new Scope(n);
      const spansOf = (c: number) => layers[c]!.get(article.id)?.get(tag.key) ?? [];
      addCharacters(
        scope.tally,
        length,
        present.map((p, c) => (p ? spansOf(c).map((s) => [s.from, s.to] as const) : null)),
      );
      for (let c = 0; c < n; c++) scope.spans += spansOf(c).length;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (!present[i] || !present[j]) continue;
          const matching = matchSpans(spansOf(i), spansOf(j));
          const pair = scope.pairs[pairIndex(n, i, j)]!;
          pair.spansA += spansOf(i).length;
          pair.spansB += spansOf(j).length;
          pair.exact += matching.exact;
          pair.overlap += matching.overlap;
        }
      }
      articleScope.add(scope);
      bucket(byTag, tag.key, n).add(scope);
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
  }

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
      figures: figuresOf(byTag.get(tag.key) ?? new Scope(n), coderIds),
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
