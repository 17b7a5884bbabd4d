import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './errors';

/** A parsed XML element: attributes under `@_name`, child elements by local name. */
export type XmlNode = Record<string, unknown>;

/** Elements that may repeat in a REFI file: always read as lists. */
const REPEATED = new Set([
  'User',
  'Code',
  'Variable',
  'Case',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'VariableValue',
  'Set',
  'MemberCode',
  'Link',
  'Graph',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#13; &#x1F600;) are decoded too.
  htmlEntities: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/**
 * Parses a REFI-QDA XML file and returns its root element.
 * @throws ImportError with the line and column of a syntax error, or when
 *   the root element is not `rootName`
 */
export function parseRefiXml(text: string, rootName: string, fileName: string): XmlNode {
  const body = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(body.slice(0, 4096))) {
    // Entity declarations can expand without bound; REFI files never need them.
    throw new ImportError(`${fileName} declares a DOCTYPE, which REFI-QDA files do not use.`);
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new ImportError(
      `${fileName} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`,
    );
  }
  const document = parser.parse(body) as XmlNode;
  const root = document[rootName];
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new ImportError(`${fileName} has no <${rootName}> root element.`);
  }
  return root as XmlNode;
}

/** The child elements of `node` named `name`, as a list (empty when there are none). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node) return [];
  const value = Object.hasOwn(node, name) ? node[name] : undefined;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An empty element parses as '' : treat it as an element without attributes.
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : {}));
}

/** The one child element named `name`, or undefined. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An attribute's value, or null when it is absent. */
export function attribute(node: XmlNode, name: string): string | null {
  const value = Object.hasOwn(node, `@_${name}`) ? node[`@_${name}`] : undefined;
  return typeof value === 'string' ? value : null;
}

/** The text of the child element `name` ('' when it is absent or empty). */
export function childText(node: XmlNode | undefined, name: string): string {
  if (!node || !Object.hasOwn(node, name)) return '';
  const value = node[name];
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null) {
    const text = (first as XmlNode)['#text'];
    return typeof text === 'string' ? text : '';
  }
  return '';
}
