import type { TextRange } from '../model';

/** What stands between the quotes of an annotation's ranges wherever they are shown as one. */
export const QUOTE_SEPARATOR = ' … ';

/** An annotation's quoted text as one string: its ranges' quotes, in order, joined by " … ". */
export function quoteOf(annotation: { ranges: readonly Pick<TextRange, 'exact'>[] }): string {
  return annotation.ranges.map((range) => range.exact).join(QUOTE_SEPARATOR);
}
