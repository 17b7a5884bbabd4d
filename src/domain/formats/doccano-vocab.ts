/** The label doccano exports give a highlight without tags (tags are labels there). */
export const UNTAGGED_LABEL = '(untagged)';

/** The `meta` every line of Gloss's doccano export carries: doccano JSONL has no header. */
export const DOCCANO_META = { offsetUnit: 'codepoint', source: 'gloss' } as const;
