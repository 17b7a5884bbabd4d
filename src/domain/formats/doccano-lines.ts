import { ImportError } from './errors';
import { isJsonObject, own, parseJson } from './json';

/** One span of a doccano line, in code points, as written in the file. */
export interface DoccanoSpan {
  /** Where it is in the line, for messages: "label[2]", "entities[0]". */
  path: string;
  start: number;
  end: number;
  label: string;
}

/** One non-empty line of a doccano JSONL file. */
export interface DoccanoLine {
  /** 1-based line number. */
  line: number;
  text: string;
  spans: DoccanoSpan[];
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function checkSpan(span: DoccanoSpan, line: number): DoccanoSpan {
  if (span.end <= span.start) {
    throw new ImportError(
      `line ${line}: \`${span.path}\` end must be greater than start`,
      `line ${line}`,
    );
  }
  return span;
}

function tripleSpans(list: unknown[], key: string, line: number): DoccanoSpan[] {
  return list.map((entry, index) => {
    const path = `${key}[${index}]`;
    if (!Array.isArray(entry) || entry.length !== 3 || !isOffset(entry[0]) || !isOffset(entry[1])) {
      throw new ImportError(
        `line ${line}: \`${path}\` must be [start, end, "label"] with whole, non-negative offsets`,
        `line ${line}`,
      );
    }
    const label: unknown = entry[2];
    if (typeof label !== 'string') {
      throw new ImportError(
        `line ${line}: \`${path}[2]\` (the label) must be a string`,
        `line ${line}`,
      );
    }
    return checkSpan({ path, start: entry[0], end: entry[1], label }, line);
  });
}

function entitySpans(list: unknown[], line: number): DoccanoSpan[] {
  return list.map((entry, index) => {
    const path = `entities[${index}]`;
    const start = isJsonObject(entry) ? own(entry, 'start_offset') : undefined;
    const end = isJsonObject(entry) ? own(entry, 'end_offset') : undefined;
    const label = isJsonObject(entry) ? own(entry, 'label') : undefined;
    if (!isOffset(start) || !isOffset(end) || typeof label !== 'string') {
      throw new ImportError(
        `line ${line}: \`${path}\` must have whole start_offset and end_offset and a string label`,
        `line ${line}`,
      );
    }
    return checkSpan({ path, start, end, label }, line);
  });
}

function readLine(source: string, line: number): DoccanoLine {
  const where = `line ${line}`;
  const value = parseJson(source, `Line ${line}`, where);
  if (!isJsonObject(value)) throw new ImportError(`${where}: must be a JSON object`, where);
  const text = own(value, 'text');
  if (typeof text !== 'string') throw new ImportError(`${where}: \`text\` must be a string`, where);
  for (const key of ['label', 'labels']) {
    const list = own(value, key);
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new ImportError(`${where}: \`${key}\` must be a list`, where);
    return { line, text, spans: tripleSpans(list, key, line) };
  }
  const entities = own(value, 'entities');
  if (entities === undefined) return { line, text, spans: [] };
  if (!Array.isArray(entities))
    throw new ImportError(`${where}: \`entities\` must be a list`, where);
  return { line, text, spans: entitySpans(entities, line) };
}

/**
 * Splits doccano JSONL into lines and checks each completely: valid JSON, a
 * string `text`, and spans as `label`/`labels` triples `[start, end, "tag"]`
 * or newer doccano's `entities` objects, with `start < end`.
 * @throws ImportError naming the first bad line and field.
 */
export function readDoccanoLines(text: string): DoccanoLine[] {
  const lines: DoccanoLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (source.trim() !== '') lines.push(readLine(source, index + 1));
  });
  if (lines.length === 0) throw new ImportError('The file has no doccano lines.');
  return lines;
}
