/** The tag field a codebook rule was checking when it failed. */
export type CodebookField = 'name' | 'color' | 'description' | 'hotkey' | 'parentId';

/**
 * A codebook rule was broken (duplicate name, clashing hotkey, …).
 * `message` is written for the user and can be shown as is.
 */
export class CodebookError extends Error {
  override readonly name = 'CodebookError';

  constructor(
    readonly field: CodebookField,
    message: string,
  ) {
    super(message);
  }
}
