import { describeRange } from '../anchoring';
import { LOCAL_CODER_ID } from '../coders/ids';
import type { Annotation, DocumentRecord } from '../model';
import { createOffsetConverter } from '../text/units';
import { MAX_TAG_DESCRIPTION_LENGTH } from '../codebook';
import { MAX_MEMO_LENGTH } from '../validation';
import { codesOf, idForGuid, readRefiCodes } from './refi-codes-import';
import { decodeSource, sourceBytes, type QdpxFiles } from './refi-sources';
import { ARTICLE_ID_VARIABLE, variableGuid } from './refi-variables';
import { LOCAL_USER_NAME, normalizeGuid, REFI_ORIGIN } from './refi-vocab';
import { attribute, child, childText, children, parseRefiXml, type XmlNode } from './refi-xml';
import { skipped } from './records';
import type { ArticleMemo, ImportBundle, KnownArticles, SkippedRecord } from './types';

/** Options of {@link importRefiProject}. */
export interface RefiImportOptions {
  now?: Date;
}

/**
 * How a source the device does not know becomes a document, and how texts
 * are hashed: the corpus module's buildUserDocument and sha256Hex. Passed in
 * by the caller, which already has them loaded, so this lazily loaded reader
 * does not carry the corpus parser a second time.
 */
export interface DocumentMaker {
  sha256Hex(text: string): Promise<string>;
  buildUserDocument(
    text: string,
    fileName: string | null,
    now: Date,
    id: string,
  ): Promise<DocumentRecord>;
}

const OTHER_SOURCES = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] as const;

function isoOr(value: string | null, fallback: string): string {
  if (value === null) return fallback;
  const time = Date.parse(value);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

class RefiReader {
  readonly annotations: Annotation[] = [];
  readonly memos: ArticleMemo[] = [];
  readonly documents: DocumentRecord[] = [];
  readonly skipped: SkippedRecord[] = [];
  readonly notices: string[] = [];
  private readonly users = new Map<string, string>();
  private readonly notes = new Map<string, XmlNode>();
  private readonly usedNotes = new Set<string>();
  private readonly byHash = new Map<string, string>();
  /** Variable guids by lower-cased name, as the project declares them. */
  private readonly variableGuids = new Map<string, string>();
  private tagIdByGuid = new Map<string, string>();
  private selectionIndex = 0;
  private readonly fromGloss: boolean;

  constructor(
    private readonly root: XmlNode,
    private readonly files: QdpxFiles,
    private readonly known: KnownArticles,
    private readonly now: Date,
    private readonly maker: DocumentMaker,
  ) {
    this.fromGloss = (attribute(root, 'origin') ?? '').startsWith(REFI_ORIGIN);
    for (const [id, article] of known) this.byHash.set(article.textHash, id);
    for (const user of children(child(root, 'Users'), 'User')) {
      const guid = normalizeGuid(attribute(user, 'guid') ?? '');
      if (guid) this.users.set(guid, attribute(user, 'name') ?? attribute(user, 'id') ?? guid);
    }
    for (const variable of children(child(root, 'Variables'), 'Variable')) {
      const guid = normalizeGuid(attribute(variable, 'guid') ?? '');
      const name = attribute(variable, 'name');
      if (guid && name) this.variableGuids.set(name.toLowerCase(), guid);
    }
    for (const note of children(child(root, 'Notes'), 'Note')) {
      const guid = normalizeGuid(attribute(note, 'guid') ?? '');
      if (guid) this.notes.set(guid, note);
    }
  }

  async read(): Promise<ImportBundle> {
    const nowIso = this.now.toISOString();
    const codes = readRefiCodes(codesOf(child(this.root, 'CodeBook')), nowIso);
    this.tagIdByGuid = codes.tagIdByGuid;
    this.skipped.push(...codes.skipped);
    this.notices.push(...codes.notices);
    const tags = codes.tags.map((tag) => {
      const memo = this.noteTexts(codes.noteRefs.get(tag.id) ?? []);
      if (memo === '') return tag;
      const description = [tag.description, memo].filter((part) => part !== '').join('\n\n');
      if (description.length > MAX_TAG_DESCRIPTION_LENGTH) {
        this.notices.push(
          `The memo of code "${tag.name}" is cut to ${MAX_TAG_DESCRIPTION_LENGTH} characters.`,
        );
      }
      return { ...tag, description: description.slice(0, MAX_TAG_DESCRIPTION_LENGTH) };
    });

    const sources = child(this.root, 'Sources');
    let sourceIndex = 0;
    for (const source of children(sources, 'TextSource'))
      await this.readSource(source, sourceIndex++);
    for (const kind of OTHER_SOURCES) {
      for (const source of children(sources, kind)) {
        this.skipped.push(
          skipped(
            'document',
            sourceIndex++,
            attribute(source, 'guid') ?? '',
            `${kind} "${attribute(source, 'name') ?? ''}": Gloss reads text sources only`,
          ),
        );
      }
    }
    const loose = [...this.notes.keys()].filter((guid) => !this.usedNotes.has(guid)).length;
    if (loose > 0) {
      this.notices.push(
        `${loose} note${loose === 1 ? ' is' : 's are'} attached to no source, selection or code; Gloss has no place for ${loose === 1 ? 'it' : 'them'}.`,
      );
    }
    return {
      format: 'refi',
      exportedAt: null,
      articles: [],
      tags,
      annotations: this.annotations,
      memos: this.memos,
      documents: this.documents,
      skipped: this.skipped,
      notices: this.notices,
    };
  }

  /** The texts of the notes `guids` name, joined by blank lines. */
  private noteTexts(guids: readonly string[]): string {
    const texts: string[] = [];
    for (const raw of guids) {
      const guid = normalizeGuid(raw);
      const note = guid ? this.notes.get(guid) : undefined;
      if (!note || !guid) continue;
      this.usedNotes.add(guid);
      let text = childText(note, 'PlainTextContent');
      const path = attribute(note, 'plainTextPath');
      if (text === '' && path !== null) {
        const bytes = sourceBytes(path, this.files);
        text = bytes ? (decodeSource(bytes, false) ?? '') : '';
      }
      if (text.trim() !== '') texts.push(text.trim());
    }
    return texts.join('\n\n');
  }

  private sourceText(source: XmlNode, label: string): string | { problem: string } {
    const path = attribute(source, 'plainTextPath');
    if (path !== null) {
      const bytes = sourceBytes(path, this.files);
      if (!bytes) return { problem: `${label}: its text ${path} is not in the project file` };
      const text = decodeSource(bytes, this.fromGloss);
      return text ?? { problem: `${label}: its text ${path} is not UTF-8` };
    }
    const content = childText(source, 'PlainTextContent');
    if (content !== '') return content;
    return { problem: `${label}: it has neither PlainTextContent nor a plainTextPath` };
  }

  /** A source's text value of the project variable `name`, or null. */
  private variable(source: XmlNode, name: string): string | null {
    const wanted = this.variableGuids.get(name.toLowerCase()) ?? variableGuid(name);
    for (const value of children(source, 'VariableValue')) {
      const ref = attribute(child(value, 'VariableRef') ?? {}, 'targetGUID');
      if (ref && normalizeGuid(ref) === wanted) {
        const text = childText(value, 'TextValue').trim();
        return text === '' ? null : text;
      }
    }
    return null;
  }

  private glossId(source: XmlNode): string | null {
    return this.fromGloss ? this.variable(source, ARTICLE_ID_VARIABLE) : null;
  }

  private async readSource(source: XmlNode, index: number): Promise<void> {
    const guid = attribute(source, 'guid') ?? '';
    const name = attribute(source, 'name') ?? guid;
    const label = `source "${name}"`;
    const text = this.sourceText(source, label);
    if (typeof text !== 'string') {
      this.skipped.push(skipped('document', index, guid, text.problem));
      return;
    }
    if (text === '') {
      this.skipped.push(skipped('document', index, guid, `${label}: its text is empty`));
      return;
    }
    const hash = await this.maker.sha256Hex(text);
    let articleId = this.byHash.get(hash) ?? null;
    if (articleId === null) {
      const wanted = this.glossId(source);
      const id =
        wanted !== null && wanted.startsWith('doc-') && !this.known.has(wanted)
          ? wanted
          : `doc-${idForGuid(guid, 'refi-source')}`;
      const doc = await this.maker.buildUserDocument(text, `${name}.txt`, this.now, id);
      const outlet = this.variable(source, 'Outlet');
      const language = this.variable(source, 'Language');
      this.documents.push({
        ...doc,
        title: name.trim() === '' ? doc.title : name.trim(),
        ...(outlet !== null ? { source: outlet } : {}),
        ...(language !== null && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language)
          ? { language }
          : {}),
      });
      this.byHash.set(hash, id);
      articleId = id;
    }
    const memo = this.noteTexts(
      children(source, 'NoteRef').flatMap((r) => attribute(r, 'targetGUID') ?? []),
    );
    if (memo !== '') {
      if (memo.length > MAX_MEMO_LENGTH) {
        this.skipped.push(
          skipped(
            'memo',
            index,
            articleId,
            `${label}: its memo is longer than ${MAX_MEMO_LENGTH} characters`,
          ),
        );
      } else {
        this.memos.push({ articleId, text: memo, updatedAt: this.noteDate(source) });
      }
    }
    const converter = createOffsetConverter(text);
    for (const selection of children(source, 'PlainTextSelection')) {
      this.readSelection(selection, text, converter, articleId, hash);
    }
  }

  private noteDate(source: XmlNode): string {
    const nowIso = this.now.toISOString();
    const ref = children(source, 'NoteRef')[0];
    const guid = ref ? normalizeGuid(attribute(ref, 'targetGUID') ?? '') : null;
    const note = guid ? this.notes.get(guid) : undefined;
    if (!note) return nowIso;
    return isoOr(
      attribute(note, 'modifiedDateTime') ?? attribute(note, 'creationDateTime'),
      nowIso,
    );
  }

  private readSelection(
    selection: XmlNode,
    text: string,
    converter: ReturnType<typeof createOffsetConverter>,
    articleId: string,
    textHash: string,
  ): void {
    const index = this.selectionIndex++;
    const guid = attribute(selection, 'guid') ?? '';
    const skip = (reason: string): void =>
      void this.skipped.push(skipped('annotation', index, guid, `selection ${guid}: ${reason}`));
    const start = Number(attribute(selection, 'startPosition'));
    const end = Number(attribute(selection, 'endPosition'));
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      return skip('startPosition and endPosition must be whole numbers with start < end');
    }
    if (end > converter.codePointLength) {
      return skip(
        `positions ${start}–${end} are beyond the end of its source (${converter.codePointLength} code points)`,
      );
    }
    const from = converter.toUtf16(start);
    const to = converter.toUtf16(end);
    const quote = attribute(selection, 'name');
    if (this.fromGloss && quote !== null && quote !== text.slice(from, to)) {
      return skip(
        `the text at code points ${start}–${end} is not its quote “${quote.slice(0, 60)}”`,
      );
    }
    const tagIds: string[] = [];
    for (const coding of children(selection, 'Coding')) {
      const target = attribute(child(coding, 'CodeRef') ?? {}, 'targetGUID') ?? '';
      const tagId = this.tagIdByGuid.get(normalizeGuid(target) ?? target);
      if (tagId === undefined) {
        this.notices.push(
          `selection ${guid}: code ${target} is not in the codebook; that coding is left out.`,
        );
      } else if (!tagIds.includes(tagId)) {
        tagIds.push(tagId);
      }
    }
    const description = childText(selection, 'Description').trim();
    const noteRefs = this.noteTexts(
      children(selection, 'NoteRef').flatMap((r) => attribute(r, 'targetGUID') ?? []),
    );
    const note = [description, noteRefs].filter((part) => part !== '').join('\n\n');
    const nowIso = this.now.toISOString();
    const createdAt = isoOr(attribute(selection, 'creationDateTime'), nowIso);
    const userGuid = normalizeGuid(attribute(selection, 'creatingUser') ?? '');
    const user = userGuid ? this.users.get(userGuid) : undefined;
    const creator = this.fromGloss && user === LOCAL_USER_NAME ? undefined : user;
    this.annotations.push({
      id: idForGuid(guid, 'refi-selection'),
      articleId,
      textHash,
      ranges: [describeRange(text, from, to)],
      tagIds,
      note,
      color: null,
      createdAt,
      updatedAt: isoOr(attribute(selection, 'modifiedDateTime'), createdAt),
      status: 'exact',
      coderId: LOCAL_CODER_ID,
      ...(creator !== undefined ? { creator } : {}),
    });
  }
}

/**
 * Reads a REFI-QDA project (`project.qde` and the other files of its .qdpx).
 *
 * Text sources become documents, or map to a known article with the same
 * text (SHA-256); codes become tags (hierarchy and colours kept); each
 * PlainTextSelection becomes an annotation whose positions are read as
 * Unicode code points of the source text, its Codings the tags, its
 * Description and referenced Notes the note, its creating user the
 * annotation's creator. Notes referenced from a source become its memo, notes
 * referenced from a code are added to the tag's description. What cannot be
 * read is listed with the record's guid and the reason.
 * @throws ImportError when project.qde is not well-formed or not a Project
 */
export function importRefiProject(
  qde: string,
  files: QdpxFiles,
  known: KnownArticles,
  maker: DocumentMaker,
  options: RefiImportOptions = {},
): Promise<ImportBundle> {
  const root = parseRefiXml(qde, 'Project', 'project.qde');
  return new RefiReader(root, files, known, options.now ?? new Date(), maker).read();
}
