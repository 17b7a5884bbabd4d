import { matchDateline } from './dateline';
import { SOURCE_OVERRIDES } from './source-overrides';

// Agencies as their datelines credit them, keyed by the lower-cased credit. Only credits that
// name one outlet unambiguously are listed; anything else is left unknown rather than guessed.
const AGENCIES: Readonly<Record<string, string>> = {
  sana: 'SANA',
  st: 'Syria Times',
  reuters: 'Reuters',
  afp: 'AFP',
  ap: 'Associated Press',
  tass: 'TASS',
  'ria novosti': 'RIA Novosti',
  xinhua: 'Xinhua',
  irna: 'IRNA',
  upi: 'UPI',
  dpa: 'dpa',
  'press tv': 'Press TV',
};

/** The file stem of a name or path: "seeds/003_abc.txt" → "003_abc". */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The outlet credited by the dateline of a story's first paragraph ("Moscow, SANA-" → "SANA"), or null. */
export function sourceFromDateline(firstParagraph: string): string | null {
  const agency = matchDateline(firstParagraph)?.agency;
  if (!agency) return null;
  // Own-property lookup: a credit like "(constructor)" must not reach Object.prototype.
  const key = agency.toLowerCase();
  return Object.hasOwn(AGENCIES, key) ? (AGENCIES[key] ?? null) : null;
}

/**
 * The outlet of an article: the bundled-seed override when the file is one of the seeds (and
 * its text still starts as the seed did), otherwise what the dateline credits, otherwise null.
 * Never guesses: null means "Unknown outlet".
 */
export function detectSource(
  text: string,
  firstBodyParagraph: string | null,
  fileName?: string,
): string | null {
  if (fileName !== undefined) {
    const stem = fileStem(fileName);
    const override = Object.hasOwn(SOURCE_OVERRIDES, stem) ? SOURCE_OVERRIDES[stem] : undefined;
    if (override && text.trimStart().startsWith(override.firstLine)) return override.source;
  }
  return firstBodyParagraph === null ? null : sourceFromDateline(firstBodyParagraph);
}
