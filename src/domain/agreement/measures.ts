import { addConfusion, cohensKappa, NO_CHARACTERS } from './kappa';
import type { AgreementMeasures, CharacterConfusion, SpanScores } from './types';

/** The raw counts every measure derives from; counts of several scopes add up. */
export interface MeasureCounts {
  characters: CharacterConfusion;
  localSpans: number;
  importedSpans: number;
  exactMatches: number;
  overlapMatches: number;
}

export const NO_COUNTS: MeasureCounts = {
  characters: NO_CHARACTERS,
  localSpans: 0,
  importedSpans: 0,
  exactMatches: 0,
  overlapMatches: 0,
};

/** Adds the counts of two scopes (pooling articles or tags). */
export function addCounts(x: MeasureCounts, y: MeasureCounts): MeasureCounts {
  return {
    characters: addConfusion(x.characters, y.characters),
    localSpans: x.localSpans + y.localSpans,
    importedSpans: x.importedSpans + y.importedSpans,
    exactMatches: x.exactMatches + y.exactMatches,
    overlapMatches: x.overlapMatches + y.overlapMatches,
  };
}

/**
 * Precision, recall and F1 with the local spans as the reference: precision = matched /
 * imported, recall = matched / local, F1 = 2·matched / (local + imported); each null when its
 * denominator is 0.
 */
export function spanScores(local: number, imported: number, matched: number): SpanScores {
  return {
    matched,
    precision: imported === 0 ? null : matched / imported,
    recall: local === 0 ? null : matched / local,
    f1: local + imported === 0 ? null : (2 * matched) / (local + imported),
  };
}

/** Every measure of one scope from its counts. */
export function measuresFrom(counts: MeasureCounts): AgreementMeasures {
  return {
    characters: counts.characters,
    ...cohensKappa(counts.characters),
    localSpans: counts.localSpans,
    importedSpans: counts.importedSpans,
    exact: spanScores(counts.localSpans, counts.importedSpans, counts.exactMatches),
    overlap: spanScores(counts.localSpans, counts.importedSpans, counts.overlapMatches),
  };
}
