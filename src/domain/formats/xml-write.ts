/*
 * A small XML writer for the REFI-QDA exporters. Text and attribute values
 * are escaped here and nowhere else, so a tag name or a note holding markup
 * always stays text.
 */

/** Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the point is to match control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/**
 * Escapes element text. CR is written as a character reference, since an XML
 * parser turns a literal CR LF into LF and the note would come back changed.
 */
export function xmlText(text: string): string {
  return clean(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; whitespace is written as references so it survives normalisation. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** An attribute list; attributes whose value is null or undefined are left out. */
export type XmlAttributes = Record<string, string | number | boolean | null | undefined>;

/** An element: name, attributes and children (already written XML), on its own lines. */
export function xmlElement(
  name: string,
  attributes: XmlAttributes = {},
  children: readonly string[] = [],
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] != null)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
  if (children.length === 0) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** An element that holds text only, or nothing when the text is empty. */
export function xmlTextElement(name: string, text: string): string[] {
  return text === '' ? [] : [`<${name}>${xmlText(text)}</${name}>`];
}

/** The XML declaration every REFI file starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
