import type { ArticleWithText } from '../corpus/types';
import type { Annotation, Tag } from '../model';

/** The two sides of a comparison: the local annotations are the reference. */
export type Coder = 'local' | 'imported';

/** One coder's annotations and the codebook their `tagIds` refer to. */
export interface CoderData {
  annotations: readonly Annotation[];
  tags: readonly Tag[];
}

/** An article both coders may have coded: its title, canonical text and that text's SHA-256. */
export type AgreementArticle = Pick<ArticleWithText, 'id' | 'title' | 'text' | 'textHash'>;

/** A tag as both coders share it: by case-insensitive name, since ids differ between databases. */
export interface AgreementTag {
  /** The name key (trimmed, lower-cased). */
  key: string;
  /** The local tag's name when the local codebook has it, else the imported one's. */
  name: string;
}

/**
 * How the characters (Unicode code points) of the compared text split between the coders for one
 * tag: coded by both, by only one, by neither.
 */
export interface CharacterConfusion {
  both: number;
  localOnly: number;
  importedOnly: number;
  neither: number;
}

/** Precision/recall/F1 of the imported spans against the local ones (null when undefined). */
export interface SpanScores {
  /** Span pairs matched one-to-one. */
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Every agreement measure for one scope (a tag, an article, a tag in an article, or all). */
export interface AgreementMeasures {
  characters: CharacterConfusion;
  /** Cohen's kappa on characters; null when undefined (no variation: pe = 1). */
  kappa: number | null;
  /** Observed agreement po (null when there are no characters). */
  observed: number | null;
  /** Agreement expected by chance pe (null when there are no characters). */
  expected: number | null;
  /** Distinct coded spans (range × tag) of each coder. */
  localSpans: number;
  importedSpans: number;
  /** Same start, end and tag. */
  exact: SpanScores;
  /** Any overlap and the same tag (exact pairs first, then greedy by largest overlap). */
  overlap: SpanScores;
}

/** A coded passage in an article: UTF-16 offsets into its canonical text, and the quote. */
export interface Passage {
  start: number;
  end: number;
  quote: string;
}

/**
 * A span one coder has without an exact match in the other. 'boundary': both coded overlapping
 * text with the tag but the boundaries differ; otherwise only one coder coded it.
 */
export interface Disagreement {
  tag: AgreementTag;
  kind: 'boundary' | 'local-only' | 'imported-only';
  local: Passage | null;
  imported: Passage | null;
}

/** The measures for one tag, in one article or across all of them. */
export interface TagAgreement {
  tag: AgreementTag;
  measures: AgreementMeasures;
}

/** One compared article. */
export interface ArticleAgreement {
  article: { id: string; title: string; characters: number };
  /** Pooled over every compared tag (tags not used here count as agreed "no"). */
  overall: AgreementMeasures;
  /** Only the tags either coder used in this article. */
  byTag: TagAgreement[];
  /** In text order. */
  disagreements: Disagreement[];
}

/** Why an annotation takes no part in the comparison. */
export type IgnoredReason = 'unknown-article' | 'not-anchored' | 'untagged';

export interface IgnoredAnnotation {
  coder: Coder;
  annotationId: string;
  reason: IgnoredReason;
  /** Ready to show, e.g. "quote not found". */
  detail: string;
}

/**
 * The agreement of two coders: per tag pooled over the compared articles, per article, and
 * overall. The compared articles are those where either coder has a tagged span; the compared
 * tags are those either coder used on them.
 */
export interface AgreementReport {
  tags: AgreementTag[];
  overall: AgreementMeasures;
  byTag: TagAgreement[];
  byArticle: ArticleAgreement[];
  ignored: IgnoredAnnotation[];
}
