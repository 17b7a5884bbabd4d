import { ImportError } from './errors';
import { errorMessage } from '../error-message';

/** Files saved by some Windows editors start with a byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON, turning a syntax error (a truncated or hand-edited file) into
 * an {@link ImportError} that says so. Keys such as "__proto__" become own
 * properties of the parsed objects and pollute nothing.
 * @param what how the message names the input ("The file", "line 3")
 */
export function parseJson(text: string, what = 'The file', location?: string): unknown {
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch (error) {
    throw new ImportError(
      `${what} is not valid JSON (is it complete?): ${errorMessage(error)}`,
      location,
    );
  }
}

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property of a parsed JSON object, never one inherited from
 * Object.prototype (so a missing "constructor" reads as undefined).
 */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
