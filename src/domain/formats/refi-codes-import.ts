import { nextTagColor, normalizeTagName, tagNameKey } from '../codebook';
import type { Tag } from '../model';
import { TagSchema, firstIssue } from '../validation';
import { skipped } from './records';
import { stableUuid } from './stable-id';
import type { SkippedRecord } from './types';
import { attribute, child, childText, children, type XmlNode } from './refi-xml';
import { normalizeGuid } from './refi-vocab';
import { UuidSchema } from '../validation';

/** Tags read from a REFI `<Codes>` element. */
export interface RefiCodes {
  tags: Tag[];
  /** The local tag id of each code guid (normalised to lower case). */
  tagIdByGuid: Map<string, string>;
  /** Each code's `<NoteRef>` targets, by tag id (for tag memos). */
  noteRefs: Map<string, string[]>;
  skipped: SkippedRecord[];
  notices: string[];
}

function colorOf(value: string | null): string | null {
  if (value === null) return null;
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(value.trim());
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-fA-F]{6}$/.test(value.trim()) ? value.trim().toLowerCase() : null;
}

/** A uuid for a foreign guid: the guid itself when it is one, else derived from it. */
export function idForGuid(guid: string, salt: string): string {
  const normal = normalizeGuid(guid);
  if (normal !== null && UuidSchema.safeParse(normal).success) return normal;
  return stableUuid(`${salt}:${guid}`);
}

/**
 * Reads a REFI `<Codes>` tree into tags: name, colour (#RGB and #RRGGBB;
 * a code without one gets the next codebook colour), description, and the
 * hierarchy. Gloss nests one level, so a code deeper down is placed under
 * its top-level ancestor and a notice says so. Codes that are not codable
 * (pure groups in some tools) become tags too: they hold the hierarchy.
 */
export function readRefiCodes(codes: XmlNode | undefined, now: string): RefiCodes {
  const out: RefiCodes = {
    tags: [],
    tagIdByGuid: new Map(),
    noteRefs: new Map(),
    skipped: [],
    notices: [],
  };
  let index = 0;
  const visit = (code: XmlNode, top: Tag | null, depth: number): void => {
    const at = index++;
    const guid = attribute(code, 'guid') ?? '';
    const rawName = attribute(code, 'name') ?? '';
    const name = normalizeTagName(rawName);
    const tag: Tag = {
      id: idForGuid(guid, 'refi-code'),
      name,
      nameKey: tagNameKey(name),
      color: colorOf(attribute(code, 'color')) ?? nextTagColor(out.tags),
      description: childText(code, 'Description').trim(),
      hotkey: null,
      parentId: top?.id ?? null,
      createdAt: now,
    };
    const checked = TagSchema.safeParse(tag);
    if (!checked.success) {
      const issue = firstIssue(checked.error);
      out.skipped.push(
        skipped(
          'tag',
          at,
          guid,
          `code "${rawName}" (${guid}): ${issue.path} ${issue.message}`.trim(),
        ),
      );
    } else {
      out.tags.push(checked.data);
      out.tagIdByGuid.set(normalizeGuid(guid) ?? guid, tag.id);
      const refs = children(code, 'NoteRef').flatMap((ref) => attribute(ref, 'targetGUID') ?? []);
      if (refs.length > 0) out.noteRefs.set(tag.id, refs);
      if (depth >= 2 && top) {
        out.notices.push(
          `Code "${name}" is nested ${depth} levels deep; Gloss nests one level, so it is placed under "${top.name}".`,
        );
      }
    }
    const parent = checked.success ? checked.data : top;
    for (const sub of children(code, 'Code')) visit(sub, top ?? parent, depth + 1);
  };
  for (const code of children(codes, 'Code')) visit(code, null, 0);
  return out;
}

/** The `<Codes>` of a `<CodeBook>` (project) or of the codebook root itself. */
export function codesOf(codeBook: XmlNode | undefined): XmlNode | undefined {
  return child(codeBook, 'Codes');
}
