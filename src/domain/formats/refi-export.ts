import { LOCAL_CODER_ID } from '../coders/ids';
import type { Annotation, Tag } from '../model';
import { createOffsetConverter, type OffsetConverter } from '../text/units';
import { codesElement } from './refi-codes';
import { variablesElement, variableValues } from './refi-variables';
import {
  codingGuid,
  LOCAL_USER_NAME,
  memoNoteGuid,
  REFI_ORIGIN,
  REFI_PROJECT_NS,
  selectionGuid,
  sourceGuid,
  userGuid,
} from './refi-vocab';
import type { ArticleWithText } from '../corpus/types';
import type { ArticleMemo, ExportInput } from './types';
import { XML_DECLARATION, xmlElement, xmlTextElement } from './xml-write';

/** A written project: the `project.qde` XML and the plain texts it points to, by file name. */
export interface RefiProject {
  xml: string;
  /** `sources/<guid>.txt` → the article's canonical text. */
  sources: Map<string, string>;
  /** Ranges that no longer hold their quote and so have no position to write. */
  leftOut: number;
}

class Users {
  private readonly names = new Set<string>();

  guidFor(creator: string | undefined): string {
    if (creator === undefined) return userGuid(null);
    this.names.add(creator);
    return userGuid(creator);
  }

  element(): string {
    const users = [
      { guid: userGuid(null), name: LOCAL_USER_NAME },
      ...[...this.names].sort().map((name) => ({ guid: userGuid(name), name })),
    ];
    return xmlElement(
      'Users',
      {},
      users.map((user) => xmlElement('User', user)),
    );
  }
}

/**
 * Who a Selection's `creatingUser` is: another coder's layer is that coder (REFI-QDA Users are
 * the team), the local layer the local user or the creator an imported annotation kept.
 */
function creatorOf(
  annotation: Annotation,
  coders: ReadonlyMap<string, string>,
): string | undefined {
  return annotation.coderId === LOCAL_CODER_ID
    ? annotation.creator
    : (coders.get(annotation.coderId) ?? annotation.creator);
}

function selections(
  annotation: Annotation,
  article: ArticleWithText,
  converter: OffsetConverter,
  tagIds: ReadonlySet<string>,
  users: Users,
  coders: ReadonlyMap<string, string>,
): { xml: string[]; leftOut: number } {
  const xml: string[] = [];
  let leftOut = 0;
  const user = users.guidFor(creatorOf(annotation, coders));
  annotation.ranges.forEach((range, index) => {
    if (article.text.slice(range.start, range.end) !== range.exact) return void leftOut++;
    const guid = selectionGuid(annotation.id, index);
    const codings = annotation.tagIds
      .filter((id) => tagIds.has(id))
      .map((id) =>
        xmlElement(
          'Coding',
          {
            guid: codingGuid(guid, id),
            creatingUser: user,
            creationDateTime: annotation.createdAt,
          },
          [xmlElement('CodeRef', { targetGUID: id })],
        ),
      );
    xml.push(
      xmlElement(
        'PlainTextSelection',
        {
          guid,
          name: range.exact,
          startPosition: converter.toCodePoint(range.start),
          endPosition: converter.toCodePoint(range.end),
          creatingUser: user,
          creationDateTime: annotation.createdAt,
          modifyingUser: user,
          modifiedDateTime: annotation.updatedAt,
        },
        [...xmlTextElement('Description', annotation.note), ...codings],
      ),
    );
  });
  return { xml, leftOut };
}

function sourceDescription(article: ArticleWithText): string {
  const lines = [
    article.source ? `Outlet: ${article.source}` : null,
    `Language: ${article.language}`,
    `Gloss article: ${article.id}`,
  ];
  return lines.filter((line) => line !== null).join('\n');
}

function memoNote(memo: ArticleMemo, article: ArticleWithText): string {
  const user = userGuid(null);
  return xmlElement(
    'Note',
    {
      guid: memoNoteGuid(article.id),
      name: `Memo: ${article.title}`,
      creatingUser: user,
      modifyingUser: user,
      modifiedDateTime: memo.updatedAt,
    },
    xmlTextElement('PlainTextContent', memo.text),
  );
}

function byStart(a: Annotation, b: Annotation): number {
  const ra = a.ranges[0]!;
  const rb = b.ranges[0]!;
  return ra.start - rb.start || ra.end - rb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Writes a REFI-QDA project (`project.qde`, namespace urn:QDA-XML:project:1.0)
 * for the articles that have annotations or a memo: the local user (and
 * each creator of imported annotations) as Users, every tag as a Code,
 * each article as a TextSource whose text is the internal file
 * `sources/<guid>.txt`, each annotation range as a PlainTextSelection
 * (positions in Unicode code points, the note as its Description, each tag
 * a Coding), article memos as Notes referenced from their source, and
 * outlet, language and article id as document variables. Guids derive
 * from the records' ids, so the same data always gives the same file.
 */
export function exportRefiProject(input: ExportInput): RefiProject {
  const users = new Users();
  const coders = new Map((input.coders ?? []).map((coder) => [coder.id, coder.name]));
  const tagIds = new Set(input.tags.map((tag: Tag) => tag.id));
  const memos = new Map(input.memos.map((memo) => [memo.articleId, memo]));
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of input.annotations) {
    const list = byArticle.get(annotation.articleId);
    if (list) list.push(annotation);
    else byArticle.set(annotation.articleId, [annotation]);
  }
  const sources = new Map<string, string>();
  const sourceXml: string[] = [];
  const notes: string[] = [];
  let leftOut = 0;
  for (const article of input.articles) {
    const annotations = byArticle.get(article.id) ?? [];
    const memo = memos.get(article.id);
    if (annotations.length === 0 && !memo) continue;
    const guid = sourceGuid(article.id);
    const converter = createOffsetConverter(article.text);
    const selectionXml: string[] = [];
    for (const annotation of [...annotations].sort(byStart)) {
      const written = selections(annotation, article, converter, tagIds, users, coders);
      selectionXml.push(...written.xml);
      leftOut += written.leftOut;
    }
    const noteRefs: string[] = [];
    if (memo) {
      notes.push(memoNote(memo, article));
      noteRefs.push(xmlElement('NoteRef', { targetGUID: memoNoteGuid(article.id) }));
    }
    sources.set(`${guid}.txt`, article.text);
    sourceXml.push(
      xmlElement(
        'TextSource',
        { guid, name: article.title, plainTextPath: `internal://${guid}.txt` },
        [
          ...xmlTextElement('Description', sourceDescription(article)),
          ...selectionXml,
          ...variableValues(article),
          ...noteRefs,
        ],
      ),
    );
  }
  const codes = codesElement(input.tags);
  const children = [
    users.element(),
    ...(codes ? [xmlElement('CodeBook', {}, [codes])] : []),
    variablesElement(),
    ...(sourceXml.length > 0 ? [xmlElement('Sources', {}, sourceXml)] : []),
    ...(notes.length > 0 ? [xmlElement('Notes', {}, notes)] : []),
    ...xmlTextElement(
      'Description',
      'Exported from Gloss. Positions count Unicode code points of each source’s plain text.',
    ),
  ];
  const xml = `${XML_DECLARATION}${xmlElement(
    'Project',
    {
      xmlns: REFI_PROJECT_NS,
      name: 'Gloss project',
      origin: REFI_ORIGIN,
      creatingUserGUID: userGuid(null),
    },
    children,
  )}\n`;
  return { xml, sources, leftOut };
}
