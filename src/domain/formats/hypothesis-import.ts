import { hypothesisRows, hypothesisShape, type HypothesisShape } from './hypothesis-shape';
import { ImportError } from './errors';
import { isJsonObject, own } from './json';
import { locateByQuote } from './quote-locate';
import { skipped } from './records';
import type { ImportBundle, KnownArticles, SkippedRecord } from './types';
import { importW3CItems } from './w3c-import';

/** Options of {@link importHypothesis}. */
export interface HypothesisImportOptions {
  now?: Date;
}

type Row = Record<string, unknown>;

const SHAPE_NAMES: Record<HypothesisShape, string> = {
  rows: 'a list of Hypothesis annotations',
  search: 'a Hypothesis search API answer',
  'client-export': 'a Hypothesis client export',
};

function text(row: Row, key: string): string {
  const value = own(row, key);
  return typeof value === 'string' ? value : '';
}

function strings(row: Row, key: string): string[] {
  const value = own(row, key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** `acct:alice@hypothes.is` → `alice@hypothes.is`. */
function userName(row: Row): string {
  return text(row, 'user').replace(/^acct:/, '');
}

function targets(row: Row): Row[] {
  const value = own(row, 'target');
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

function hasSelector(row: Row): boolean {
  return targets(row).some((target) => Array.isArray(own(target, 'selector')));
}

function replyLine(reply: Row): string {
  const who = userName(reply);
  const body = text(reply, 'text').trim().replace(/\n/g, '\n  ');
  return `↳ ${who === '' ? 'reply' : who}: ${body}`;
}

/** The Web Annotation a Hypothesis row stands for, with its replies as note lines. */
function toW3C(row: Row, replies: readonly Row[], uri: string): Row {
  const note = [text(row, 'text').trim(), ...replies.map(replyLine)]
    .filter((part) => part !== '')
    .join('\n\n');
  const body = [
    ...strings(row, 'tags').map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ...(note !== '' ? [{ type: 'TextualBody', purpose: 'commenting', value: note }] : []),
  ];
  const item: Row = {
    type: 'Annotation',
    body,
    target: targets(row).map((target) => ({ ...target, source: uri })),
  };
  for (const [from, to] of [
    ['id', 'id'],
    ['created', 'created'],
    ['updated', 'modified'],
  ] as const) {
    if (own(row, from) !== undefined) item[to] = own(row, from);
  }
  const user = userName(row);
  if (user !== '') item.creator = user;
  return item;
}

/** One memo per page from its page notes: each note's author, date, tags and text. */
function pageMemo(notes: readonly Row[], repliesOf: ReadonlyMap<string, Row[]>): string {
  return notes
    .map((note) => {
      const head = [userName(note), text(note, 'created').slice(0, 10)].filter((s) => s !== '');
      const tags = strings(note, 'tags');
      const lines = [
        head.length > 0 ? `${head.join(', ')}:` : '',
        text(note, 'text').trim(),
        tags.length > 0 ? `Tags: ${tags.join(', ')}` : '',
        ...(repliesOf.get(text(note, 'id')) ?? []).map(replyLine),
      ];
      return lines.filter((line) => line !== '').join('\n');
    })
    .join('\n\n');
}

/**
 * Reads Hypothesis annotations in any of the shapes its users have (rows,
 * the search API's `{total, rows}`, the client's export). Highlights and
 * annotations keep their tags (as tags), `text` (as the note, Markdown),
 * `created`/`updated` and `user` (as the creator); replies become note
 * lines under the annotation they answer; page notes (no selector) become
 * the article's memo. `uri` names a web page, so the article is found by
 * the quote (the same page's annotations then follow); the preview says
 * which page went to which article.
 * @throws ImportError when the value is none of the Hypothesis shapes
 */
export function importHypothesis(
  value: unknown,
  known: KnownArticles,
  options: HypothesisImportOptions = {},
): ImportBundle {
  const shape = hypothesisShape(value);
  if (shape === null) throw new ImportError('This is not a Hypothesis export.');
  const rows = hypothesisRows(value, shape);
  const skips: SkippedRecord[] = [];
  const byId = new Map<string, Row>();
  rows.forEach((row) => {
    if (isJsonObject(row) && text(row, 'id') !== '') byId.set(text(row, 'id'), row);
  });
  const repliesOf = new Map<string, Row[]>();
  const annotations: Row[] = [];
  const pageNotes = new Map<string, Row[]>();
  rows.forEach((row, index) => {
    if (!isJsonObject(row))
      return void skips.push(skipped('annotation', index, '', 'must be an object'));
    const references = strings(row, 'references');
    if (references.length > 0) {
      const root = references[0]!;
      if (!byId.has(root)) {
        return void skips.push(
          skipped(
            'annotation',
            index,
            text(row, 'id'),
            `a reply to ${root}, which is not in the file`,
          ),
        );
      }
      const list = repliesOf.get(root);
      if (list) list.push(row);
      else repliesOf.set(root, [row]);
      return;
    }
    if (hasSelector(row)) return void annotations.push(row);
    const uri = text(row, 'uri');
    const list = pageNotes.get(uri);
    if (list) list.push(row);
    else pageNotes.set(uri, [row]);
  });

  const locator = locateByQuote();
  const items: Row[] = annotations.map((row) =>
    toW3C(row, repliesOf.get(text(row, 'id')) ?? [], text(row, 'uri')),
  );
  for (const [uri, notes] of pageNotes) {
    items.push({
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: pageMemo(notes, repliesOf) }],
      target: uri,
    });
  }
  const bundle = importW3CItems(items, known, {
    ...(options.now ? { now: options.now } : {}),
    locate: locator.locate,
    format: 'hypothesis',
  });
  const pages = [...locator.matches()].map(([uri, id]) => `${uri} → ${id}`);
  return {
    ...bundle,
    skipped: [...skips, ...bundle.skipped],
    notices: [
      `Read as ${SHAPE_NAMES[shape]}: tags became tags, text the note (Markdown), created and updated the dates, user the creator; ${[...repliesOf.values()].flat().length} replies became note lines and page notes on ${pageNotes.size} page${pageNotes.size === 1 ? '' : 's'} became article memos.`,
      ...(pages.length > 0
        ? [
            `Pages were matched to articles by their quotes: ${pages.join('; ')}. Check them before you merge.`,
          ]
        : []),
      ...(bundle.notices ?? []),
    ],
  };
}
