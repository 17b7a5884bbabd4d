/**
 * An import file could not be read: it is not valid JSON, not a format Gloss
 * knows, or a record in it breaks the format's rules. `message` is written
 * for the user ("annotation 12: ranges[0].end must be greater than start");
 * `location` names the place in the file when there is one
 * ("annotations[12].ranges[0].end", "line 3").
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    message: string,
    readonly location?: string,
  ) {
    super(message);
  }
}
