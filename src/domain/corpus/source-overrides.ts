/** What we know about a bundled seed file's outlet that its text does not state in a dateline. */
export interface SourceOverride {
  source: string;
  /**
   * The file's first line. The override applies only when the text still starts with it, so a
   * user's own file that happens to share a seed's name is not credited to that outlet.
   */
  firstLine: string;
}

/**
 * Outlets of the bundled seeds whose text has no agency dateline, keyed by file stem. Each
 * entry rests on evidence in the file itself; a seed with no such evidence (004: a generic
 * "Related Posts" footer and nothing else) is deliberately absent and stays "unknown".
 */
export const SOURCE_OVERRIDES: Readonly<Record<string, SourceOverride>> = {
  // SANA's French service: the statement was "parvenue à SANA" (reached SANA), the page
  // footer is SANA's "Bulletin français" section, and the dateline "Moscou / " is the French
  // bulletin's style; the English version of the same story (000) is datelined "Moscow, SANA-".
  '001_7385e71a292b6180': {
    source: 'SANA (français)',
    firstLine:
      'Lors de sa rencontre avec Kerry, Lavrov juge inutile de recourir à la force pour régler la crise en Syrie',
  },
  // Press TV's article template: "(last modified Wed, 02 Nov 2016 16:37:11 GMT )" with the
  // space before the parenthesis, then a "Nov 02, 2016 16:37 UTC" dateline and a "•" teaser
  // repeating the headline, and a closing "Tags" block.
  '003_160427fdb2b2b30e': {
    source: 'Press TV',
    firstLine: 'Sooner Syria crisis ends better: Lavrov',
  },
};
