import type { z } from '../domain/validation/zod';
import { CodebookError } from '../domain/codebook';
import { firstIssue } from '../domain/validation/issues';

/** A record failed validation; nothing was written. `field` locates the problem, e.g. "ranges[0].end". */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';

  constructor(
    readonly entity: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(
      field === '' ? `Invalid ${entity}: ${problem}` : `Invalid ${entity}: ${field} ${problem}`,
    );
  }

  /** Wraps the first issue zod reported. */
  static fromZod(entity: string, error: z.ZodError): ValidationError {
    const { path, message } = firstIssue(error);
    return new ValidationError(entity, path, message);
  }
}

/** The record an operation needed is not (or no longer) in the database. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';

  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id ${id}.`);
  }
}

export const QUOTA_MESSAGE = "Your browser's storage is full; the last change was not saved.";

/** The browser refused a write for lack of space; the transaction was rolled back. */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';

  constructor(options?: { cause?: unknown }) {
    super(QUOTA_MESSAGE, options);
  }
}

export const STORAGE_CLOSED_MESSAGE =
  "Gloss's storage was closed under it (another tab deleted it, or the browser cleared this site's data); the last change was not saved.";
export const STORAGE_UNREACHABLE_MESSAGE =
  'Gloss could not reach its storage in this browser; the last change was not saved.';

/** The database could not be used at all (closed, deleted, or never opened); nothing was written. */
export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Dexie's errors for a database that is gone or was never there, in the user's words. */
const STORAGE_ERRORS: Readonly<Record<string, string>> = {
  DatabaseClosedError: STORAGE_CLOSED_MESSAGE,
  MissingAPIError: STORAGE_UNREACHABLE_MESSAGE,
  OpenFailedError: STORAGE_UNREACHABLE_MESSAGE,
  InvalidStateError: STORAGE_UNREACHABLE_MESSAGE,
  UnknownError: STORAGE_UNREACHABLE_MESSAGE,
};

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/**
 * True when the error, or one it wraps, has one of these names. Dexie nests the
 * browser's error in `inner` (and a bulk operation's in `failures`).
 */
export function hasErrorNamed(error: unknown, names: readonly string[], depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const candidate = error as ErrorLike;
  if (typeof candidate.name === 'string' && names.includes(candidate.name)) return true;
  const nested = [
    candidate.inner,
    candidate.cause,
    ...(Array.isArray(candidate.failures) ? candidate.failures : []),
  ];
  return nested.some((inner) => hasErrorNamed(inner, names, depth + 1));
}

/** True when the error (or one Dexie wrapped) is the browser's QuotaExceededError. */
export function isQuotaExceeded(error: unknown): boolean {
  return hasErrorNamed(error, ['QuotaExceededError']);
}

/** True when the error (or one Dexie wrapped) is a unique-index ConstraintError. */
export function isConstraintError(error: unknown): boolean {
  return hasErrorNamed(error, ['ConstraintError']);
}

function isOwnError(error: unknown): error is Error {
  return (
    error instanceof ValidationError ||
    error instanceof NotFoundError ||
    error instanceof QuotaError ||
    error instanceof StorageError ||
    error instanceof CodebookError
  );
}

/**
 * Our error, found directly or inside Dexie's wrapper: Dexie re-wraps errors
 * thrown in a transaction whose name matches a DOM error (our NotFoundError).
 */
function ownError(error: unknown): Error | undefined {
  for (let current = error, depth = 0; depth < 5; depth += 1) {
    if (isOwnError(current)) return current;
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as ErrorLike).inner;
  }
  return undefined;
}

/**
 * Turns whatever a Dexie operation threw into the app's error types:
 * our own errors pass through, a full disk becomes QuotaError, a closed or unreachable database
 * a StorageError in Gloss's words, anything else stays as it was (wrapped in an Error if it was
 * not one), minus the web links Dexie appends to its messages.
 */
export function mapDbError(error: unknown): Error {
  const own = ownError(error);
  if (own) return own;
  if (isQuotaExceeded(error)) return new QuotaError({ cause: error });
  const storage = Object.keys(STORAGE_ERRORS).find((name) => hasErrorNamed(error, [name]));
  if (storage) return new StorageError(STORAGE_ERRORS[storage]!, { cause: error });
  if (error instanceof Error) return withoutLinks(error);
  return new Error(String(error), { cause: error });
}

/** Dexie ends some messages with "Please visit https://…": not something a reader can act on. */
function withoutLinks(error: Error): Error {
  if (!error.message.includes('://')) return error;
  const kept = error.message
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => !sentence.includes('://'))
    .join(' ');
  const plain = new Error(kept === '' ? 'The browser’s storage failed.' : kept, { cause: error });
  plain.name = error.name;
  return plain;
}
