import { STOP_WORDS } from './stop-words';
import { tokenize } from './words';

/** Languages written right to left (primary subtags), for `dir` on the article element. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

// Scripts that (nearly) name their language on their own. Arabic script is refined below,
// because Persian and Urdu add letters of their own to it.
const SCRIPTS: readonly { language: string; pattern: RegExp }[] = [
  { language: 'ar', pattern: /\p{Script=Arabic}/u },
  { language: 'he', pattern: /\p{Script=Hebrew}/u },
  { language: 'ru', pattern: /\p{Script=Cyrillic}/u },
  { language: 'el', pattern: /\p{Script=Greek}/u },
];
const URDU_LETTERS = /[ٹڈڑںےھ]/u;
const PERSIAN_LETTERS = /[پچژگ]/u;
const FALLBACK = 'en';
/** Fewer stop-word hits than this is noise (a name, a heading), not evidence. */
const MIN_HITS = 2;
/** The opening of a long document says as much about its language as the whole of it. */
const SAMPLE_LENGTH = 20_000;

// The letters of each script, counted in one native pass each (a corpus import runs this on
// thousands of texts): a letter (\p{L}) that is also of the script.
const LETTER = /\p{L}/gu;
const SCRIPT_LETTERS = SCRIPTS.map(({ language, pattern }) => ({
  language,
  letters: new RegExp(`(?=\\p{L})${pattern.source}`, 'gu'),
}));

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count += 1;
  return count;
}

/** Any letter of a script that names its language; most texts (Latin script) have none. */
const ANY_SCRIPT_LETTER = new RegExp(SCRIPTS.map(({ pattern }) => pattern.source).join('|'), 'u');

function dominantScript(text: string): string | null {
  if (!ANY_SCRIPT_LETTER.test(text)) return null;
  const letterCount = countMatches(text, LETTER);
  if (letterCount === 0) return null;
  for (const { language, letters } of SCRIPT_LETTERS) {
    const count = countMatches(text, letters);
    if (count * 2 > letterCount) {
      if (language !== 'ar') return language;
      if (URDU_LETTERS.test(text)) return 'ur';
      return PERSIAN_LETTERS.test(text) ? 'fa' : 'ar';
    }
  }
  return null;
}

/**
 * Guesses a text's language as a BCP 47 primary tag: from its script when that is decisive
 * (Arabic, Hebrew, Cyrillic, Greek), otherwise by counting English, French, German and Spanish
 * function words. Falls back to "en" when nothing is conclusive.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const byScript = dominantScript(sample);
  if (byScript) return byScript;
  const hits = new Map<string, number>();
  for (const token of tokenize(sample)) {
    for (const [language, words] of Object.entries(STOP_WORDS)) {
      if (words.has(token)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  let best = FALLBACK;
  let bestHits = MIN_HITS - 1;
  for (const [language, count] of hits) {
    if (count > bestHits) {
      best = language;
      bestHits = count;
    }
  }
  return best;
}

/** Writing direction for a BCP 47 tag: 'rtl' for Arabic, Hebrew, Persian, Urdu and kin, or an Arabic/Hebrew script subtag. */
export function direction(language: string): 'ltr' | 'rtl' {
  const subtags = language.toLowerCase().split(/[-_]/);
  if (RTL_LANGUAGES.has(subtags[0] ?? '')) return 'rtl';
  return subtags.includes('arab') || subtags.includes('hebr') ? 'rtl' : 'ltr';
}
