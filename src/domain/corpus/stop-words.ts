// The commonest function words of each language: frequent enough that a paragraph or two
// decides the language. The lists are disjoint: words two of these languages share ("a", "de",
// "la", "en", "que", "es"…) are in none of them, so they cannot tip the vote.
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to in is was that for on with as by at from this which be are has have had were it its he she they their not but or an would will said'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le les des du et est une dans pour qui sur au aux avec par pas ce cette sont ont été il elle ils leur sa ses ne plus mais ou nous vous aussi'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht mit ein eine einen dem den von zu auf für sich auch wird wurde sind hat haben aus bei nach dass oder wie über'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el los las del y una por con para su sus lo al como más pero fue está han ha sobre también ya este esta'.split(
      ' ',
    ),
  ),
};

/** Words dropped from the end of a shortened title so it does not end on "of" or "de la". */
export function isStopWord(language: string, word: string): boolean {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return STOP_WORDS[primary]?.has(word.toLowerCase()) ?? false;
}
