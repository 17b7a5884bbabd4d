/**
 * decodeURIComponent that never throws: anyone can send a link, and a malformed escape
 * ("%E0%A4%A", a lone "%") must not take the page down. Undecodable input comes back as
 * written, which can then simply match nothing.
 */
export function decodeComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
