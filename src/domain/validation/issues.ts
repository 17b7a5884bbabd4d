import type { z } from './zod';

/** One validation problem, located by field path (e.g. "ranges[0].end"). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Renders a zod issue path the way a developer would write it: ranges[0].end. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** The first problem zod found, or a generic one if zod reported none. */
export function firstIssue(error: z.ZodError): FieldIssue {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'is invalid' };
  return { path: formatPath(issue.path), message: issue.message };
}
