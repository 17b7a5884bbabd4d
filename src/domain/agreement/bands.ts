/** A plain-language reading of an agreement figure. */
export interface Band {
  label: string;
  /** Who draws the line, for the report's legend. */
  basis: string;
}

const KRIPPENDORFF = 'Krippendorff (2004): α ≥ 0.800 reliable, ≥ 0.667 tentative';
const LANDIS_KOCH = 'Landis & Koch (1977)';

/** Krippendorff's reading of alpha: reliable, tentative conclusions only, or unreliable. */
export function alphaBand(alpha: number | null): Band | null {
  if (alpha === null) return null;
  const label =
    alpha >= 0.8 ? 'reliable' : alpha >= 0.667 ? 'tentative conclusions only' : 'unreliable';
  return { label, basis: KRIPPENDORFF };
}

/** Landis and Koch's reading of a kappa. */
export function kappaBand(kappa: number | null): Band | null {
  if (kappa === null) return null;
  const label =
    kappa < 0
      ? 'poor (below chance)'
      : kappa <= 0.2
        ? 'slight'
        : kappa <= 0.4
          ? 'fair'
          : kappa <= 0.6
            ? 'moderate'
            : kappa <= 0.8
              ? 'substantial'
              : 'almost perfect';
  return { label, basis: LANDIS_KOCH };
}

/** How many spans find a partner: most, about half, few. */
export function f1Band(f1: number | null): Band | null {
  if (f1 === null) return null;
  const label = f1 >= 0.8 ? 'most spans match' : f1 >= 0.5 ? 'many spans match' : 'few spans match';
  return { label, basis: 'share of spans with a partner' };
}
