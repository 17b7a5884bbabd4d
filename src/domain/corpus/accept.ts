/** What the document picker offers: plain text and Markdown files. */
export const DOCUMENT_ACCEPT = '.txt,.md,text/plain,text/markdown';
