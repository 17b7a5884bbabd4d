import type { Annotation } from '../model';
import type { AgreementTag, IgnoredReason } from './types';

/** A coder as the multi-coder report names them. */
export interface TeamCoder {
  id: string;
  name: string;
}

/** One coder's annotations and the codebook their tag ids refer to. */
export interface TeamCoderData extends TeamCoder {
  annotations: readonly Annotation[];
}

/** Two coders' agreement in one scope. */
export interface PairFigures {
  a: string;
  b: string;
  /** Cohen's kappa on the characters both coded (null: no variation or nothing in common). */
  kappa: number | null;
  /** Characters × tags both coders coded: what kappa rests on. */
  units: number;
  spansA: number;
  spansB: number;
  exactF1: number | null;
  overlapF1: number | null;
}

/** Every figure of one scope (overall, a tag, an article, an outlet). */
export interface TeamFigures {
  /** Krippendorff's alpha, nominal, on characters; coders who did not code an article are missing. */
  alpha: number | null;
  /** Characters × tags with at least two coders' values: what alpha and Fleiss rest on. */
  units: number;
  /** Fleiss' kappa (with missing data, each unit with its own number of coders). */
  fleiss: number | null;
  /** Davies & Fleiss multi-kappa, on the units every coder coded. */
  multiKappa: number | null;
  completeUnits: number;
  /** Every pair of coders, in coder order. */
  pairs: PairFigures[];
  /** Span F1 pooled over all pairs: 2·matched / (spans of a + spans of b). */
  exactF1: number | null;
  overlapF1: number | null;
  /** Distinct coded spans (range × tag) of all coders in this scope. */
  spans: number;
}

export interface TeamArticle {
  id: string;
  title: string;
  outlet: string | null;
}

/** A tag only one coder used: the team should reconcile the codebook. */
export interface SingleCoderTag {
  tag: AgreementTag;
  coderId: string;
}

export interface TeamIgnored {
  coderId: string;
  annotationId: string;
  reason: IgnoredReason;
  detail: string;
}

/** The agreement of any number of coders (two or more). */
export interface TeamReport {
  coders: TeamCoder[];
  tags: AgreementTag[];
  overall: TeamFigures;
  byTag: { tag: AgreementTag; figures: TeamFigures }[];
  byArticle: { article: TeamArticle; coderIds: string[]; figures: TeamFigures }[];
  byOutlet: { outlet: string; articles: number; figures: TeamFigures }[];
  /** Per named set of articles that holds coded articles (an article counts in each of its sets). */
  bySet: { set: string; articles: number; figures: TeamFigures }[];
  singleCoderTags: SingleCoderTag[];
  ignored: TeamIgnored[];
}
