/**
 * SHA-256 of a text's UTF-8 encoding, as 64 lower-case hex digits. Uses Web Crypto, which
 * both browsers and Node 20 provide as `globalThis.crypto.subtle`.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
