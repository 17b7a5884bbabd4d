import { characterConfusion } from './kappa';
import { matchSpans } from './matching';
import { addCounts, measuresFrom, NO_COUNTS, type MeasureCounts } from './measures';
import { ArticleIndex, collectSpans, type CodedSpan } from './spans';
import type {
  AgreementArticle,
  AgreementReport,
  AgreementTag,
  ArticleAgreement,
  CoderData,
  Disagreement,
  Passage,
  TagAgreement,
} from './types';

/** What {@link computeAgreement} compares. */
export interface AgreementInput {
  /** Every article the device knows, in library order (the report keeps that order). */
  articles: readonly AgreementArticle[];
  /** The reference coder: this device's annotations and codebook. */
  local: CoderData;
  /** The second coder: an import file's annotations and codebook. */
  imported: CoderData;
}

interface Group {
  local: CodedSpan[];
  imported: CodedSpan[];
}

type Groups = Map<string, Map<string, Group>>;

function groupSpans(groups: Groups, spans: readonly CodedSpan[], side: keyof Group): void {
  for (const span of spans) {
    let byTag = groups.get(span.articleId);
    if (!byTag) groups.set(span.articleId, (byTag = new Map()));
    let group = byTag.get(span.tagKey);
    if (!group) byTag.set(span.tagKey, (group = { local: [], imported: [] }));
    group[side].push(span);
  }
}

function passage(text: string, span: CodedSpan): Passage {
  return { start: span.start, end: span.end, quote: text.slice(span.start, span.end) };
}

function position(d: Disagreement): number {
  return Math.min(d.local?.start ?? Infinity, d.imported?.start ?? Infinity);
}

/** Counts and disagreements of one tag in one article. */
function compareGroup(
  article: AgreementArticle,
  characters: number,
  tag: AgreementTag,
  group: Group,
): { counts: MeasureCounts; disagreements: Disagreement[] } {
  const interval = (span: CodedSpan) => [span.from, span.to] as const;
  const matching = matchSpans(group.local, group.imported);
  const quote = (span: CodedSpan) => passage(article.text, span);
  const disagreements: Disagreement[] = [
    ...matching.boundary.map(([a, b]): Disagreement => ({
      tag,
      kind: 'boundary',
      local: quote(a),
      imported: quote(b),
    })),
    ...matching.localOnly.map((a): Disagreement => ({
      tag,
      kind: 'local-only',
      local: quote(a),
      imported: null,
    })),
    ...matching.importedOnly.map((b): Disagreement => ({
      tag,
      kind: 'imported-only',
      local: null,
      imported: quote(b),
    })),
  ];
  return {
    counts: {
      characters: characterConfusion(
        characters,
        group.local.map(interval),
        group.imported.map(interval),
      ),
      localSpans: group.local.length,
      importedSpans: group.imported.length,
      exactMatches: matching.exact,
      overlapMatches: matching.overlap,
    },
    disagreements,
  };
}

/**
 * Compares two coders' annotations of the same articles.
 *
 * - Cohen's kappa on characters (Unicode code points), per tag: each character of an article is
 *   "has the tag" or not for each coder. Per tag overall, the characters of every compared
 *   article are concatenated; overall (and per article), every character × every compared tag
 *   is one decision.
 * - Span precision/recall/F1 with the local coder as the reference: a span is one range of one
 *   annotation with one tag; exact matches share start and end, overlap matches share at least
 *   one character (one-to-one, exact pairs first, then by the largest overlap).
 * - Disagreements: spans without an exact partner, paired with an overlapping one when possible.
 *
 * Tags are matched by case-insensitive name. Compared articles are those where either coder has
 * a tagged span; compared tags are those either coder used on them.
 */
export function computeAgreement(input: AgreementInput): AgreementReport {
  const index = new ArticleIndex(input.articles);
  const local = collectSpans('local', input.local, index);
  const imported = collectSpans('imported', input.imported, index);
  const groups: Groups = new Map();
  groupSpans(groups, local.spans, 'local');
  groupSpans(groups, imported.spans, 'imported');

  const names = new Map([...imported.tagNames, ...local.tagNames]);
  const usedKeys = new Set([...groups.values()].flatMap((byTag) => [...byTag.keys()]));
  const tags: AgreementTag[] = [...usedKeys]
    .map((key) => ({ key, name: names.get(key) ?? key }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key, 'en'));

  const tagTotals = new Map<string, MeasureCounts>();
  let total = NO_COUNTS;
  const byArticle: ArticleAgreement[] = [];
  for (const article of input.articles) {
    const articleGroups = groups.get(article.id);
    if (!articleGroups) continue;
    const characters = index.codePoint(article, article.text.length, 'end');
    let articleTotal = NO_COUNTS;
    const byTag: TagAgreement[] = [];
    const disagreements: Disagreement[] = [];
    for (const tag of tags) {
      const group = articleGroups.get(tag.key) ?? { local: [], imported: [] };
      const outcome = compareGroup(article, characters, tag, group);
      articleTotal = addCounts(articleTotal, outcome.counts);
      tagTotals.set(tag.key, addCounts(tagTotals.get(tag.key) ?? NO_COUNTS, outcome.counts));
      if (articleGroups.has(tag.key)) {
        byTag.push({ tag, measures: measuresFrom(outcome.counts) });
        disagreements.push(...outcome.disagreements);
      }
    }
    disagreements.sort(
      (a, b) => position(a) - position(b) || a.tag.name.localeCompare(b.tag.name, 'en'),
    );
    total = addCounts(total, articleTotal);
    byArticle.push({
      article: { id: article.id, title: article.title, characters },
      overall: measuresFrom(articleTotal),
      byTag,
      disagreements,
    });
  }

  return {
    tags,
    overall: measuresFrom(total),
    byTag: tags.map((tag) => ({
      tag,
      measures: measuresFrom(tagTotals.get(tag.key) ?? NO_COUNTS),
    })),
    byArticle,
    ignored: [...local.ignored, ...imported.ignored],
  };
}
