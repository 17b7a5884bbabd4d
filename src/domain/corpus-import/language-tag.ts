// Names people write in a language column instead of a code.
// prettier-ignore
const NAMES: ReadonlyMap<string, string> = new Map([
  ['english', 'en'], ['french', 'fr'], ['français', 'fr'], ['francais', 'fr'], ['german', 'de'],
  ['deutsch', 'de'], ['spanish', 'es'], ['español', 'es'], ['italian', 'it'], ['russian', 'ru'],
  ['arabic', 'ar'], ['portuguese', 'pt'], ['dutch', 'nl'], ['chinese', 'zh'], ['turkish', 'tr'],
  ['ukrainian', 'uk'], ['polish', 'pl'], ['persian', 'fa'], ['hebrew', 'he'], ['japanese', 'ja'],
]);

const TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** A language as a BCP 47 tag: "EN" → "en", "en_US" → "en-US", "French" → "fr". */
export function normaliseLanguage(value: string): string {
  const named = NAMES.get(value.trim().toLowerCase());
  if (named) return named;
  const [primary = '', ...rest] = value.trim().split(/[-_]/);
  const subtags = rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.toLowerCase()));
  return [primary.toLowerCase(), ...subtags].join('-');
}

/** Why a language cell is no language, or null when it reads as a tag or a known name. */
export function languageProblem(value: string): string | null {
  if (NAMES.has(value.trim().toLowerCase()) || TAG.test(value.trim())) return null;
  return `“${value.slice(0, 40)}” is not a language code such as “en” or “fr-CA”`;
}
