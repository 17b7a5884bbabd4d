/*
 * A set's name rules, shared by the schema that checks stored and imported sets and by the
 * repository that writes them. Kept apart from the schemas so the library, which writes sets,
 * does not load the validation library before its first paint (docs/architecture.md, "Articles").
 */

/** Longest set name, in UTF-16 code units (what the "Add to set" form allows). */
export const MAX_SET_NAME_LENGTH = 100;

/** A set's name with runs of white space made one space and the ends trimmed. */
export function cleanSetName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim();
}

/** A set's name as compared for uniqueness: cleaned and lower-cased. */
export function setNameKey(name: string): string {
  return cleanSetName(name).toLowerCase();
}
