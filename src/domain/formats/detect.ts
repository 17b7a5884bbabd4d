import { ImportError } from './errors';
import { hypothesisShape } from './hypothesis-shape';
import { isJsonObject, own, stripBom } from './json';

const SNIFF_LENGTH = 4096;
const NATIVE_MARK = /"format"\s*:\s*"gloss"/;
const W3C_MARK = /"@context"|"type"\s*:\s*"(?:Annotation|AnnotationCollection|AnnotationPage)"/;

const UNKNOWN =
  'This file is not a Gloss backup (native JSON), W3C Web Annotation JSON-LD, a Hypothesis export or doccano JSONL';

/** The formats that are told apart by their text (REFI files and CSV by their name and bytes). */
export type TextImportFormat = 'native' | 'w3c' | 'doccano' | 'hypothesis';

function formatOfValue(value: unknown): TextImportFormat | null {
  if (hypothesisShape(value) !== null) return 'hypothesis';
  if (Array.isArray(value)) return 'w3c';
  if (!isJsonObject(value)) return null;
  if (own(value, 'format') === 'gloss') return 'native';
  if (own(value, '@context') !== undefined || typeof own(value, 'type') === 'string') return 'w3c';
  if (typeof own(value, 'text') === 'string') return 'doccano';
  return null;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Tells which importer a file needs, from its first few kilobytes when they
 * are telling (Gloss writes `"format": "gloss"` first) and otherwise from its
 * parsed shape. A file that is cut short is still recognised by its opening,
 * so the importer can report precisely where it breaks.
 * @throws ImportError when the file is none of the formats Gloss reads.
 */
export function detectFormat(text: string): TextImportFormat {
  const body = stripBom(text).trimStart();
  if (body === '') throw new ImportError('The file is empty.');
  const head = body.slice(0, SNIFF_LENGTH);
  if (body.startsWith('{') && NATIVE_MARK.test(head)) return 'native';

  const line = firstLine(body);
  const firstLineValue = tryParse(line);
  if (line.length < body.trimEnd().length && firstLineValue.ok) {
    // Several lines, the first a complete JSON value: JSON Lines.
    if (formatOfValue(firstLineValue.value) === 'doccano') return 'doccano';
  }
  const whole = tryParse(body);
  // Hypothesis files hold selector types but no @context: told apart by their shape.
  if (whole.ok && hypothesisShape(whole.value) !== null) return 'hypothesis';
  if ((body.startsWith('{') || body.startsWith('[')) && W3C_MARK.test(head)) return 'w3c';

  if (whole.ok) {
    const format = formatOfValue(whole.value);
    if (format) return format;
    throw new ImportError(`${UNKNOWN}.`);
  }
  if (body.startsWith('{') || body.startsWith('[')) {
    throw new ImportError(`${UNKNOWN}: it is not valid JSON (is it complete?).`);
  }
  throw new ImportError(`${UNKNOWN}: it does not start with JSON.`);
}
