import { isJsonObject, own } from './json';
import { asList, stringsOf } from './w3c-import-body';

/** A TextQuoteSelector's fields. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A TextPositionSelector's offsets, in code points, and where it is in the file. */
export interface PositionSelector {
  start: number;
  end: number;
  path: string;
}

/** One target of a Web Annotation, reduced to what Gloss can anchor. */
export interface ParsedTarget {
  /** Where the target is in the file, for messages: "target", "target[1]". */
  path: string;
  source: string;
  quote: QuoteSelector | null;
  position: PositionSelector | null;
}

export type TargetsResult = { ok: true; targets: ParsedTarget[] } | { ok: false; reason: string };

type SelectorResult =
  { ok: true; quote?: QuoteSelector; position?: PositionSelector } | { ok: false; reason: string };

function optionalString(selector: Record<string, unknown>, key: string): string | null {
  const value = own(selector, key);
  if (value === undefined) return '';
  return typeof value === 'string' ? value : null;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function readSelector(selector: unknown, path: string): SelectorResult {
  if (!isJsonObject(selector)) return { ok: false, reason: `\`${path}\` must be an object` };
  const types = stringsOf(own(selector, 'type'));
  if (types.includes('TextQuoteSelector')) {
    const exact = own(selector, 'exact');
    if (typeof exact !== 'string' || exact === '') {
      return { ok: false, reason: `\`${path}.exact\` must be a non-empty string` };
    }
    const prefix = optionalString(selector, 'prefix');
    const suffix = optionalString(selector, 'suffix');
    if (prefix === null || suffix === null) {
      return { ok: false, reason: `\`${path}\` prefix and suffix must be strings` };
    }
    return { ok: true, quote: { exact, prefix, suffix } };
  }
  if (types.includes('TextPositionSelector')) {
    const start = own(selector, 'start');
    const end = own(selector, 'end');
    if (!isOffset(start))
      return { ok: false, reason: `\`${path}.start\` must be a non-negative whole number` };
    if (!isOffset(end))
      return { ok: false, reason: `\`${path}.end\` must be a non-negative whole number` };
    if (end <= start) return { ok: false, reason: `\`${path}.end\` must be greater than start` };
    return { ok: true, position: { start, end, path } };
  }
  // Range, XPath, CSS, Fragment selectors describe other media or DOMs: not usable here.
  return { ok: true };
}

function readTarget(target: unknown, path: string): ParsedTarget | string {
  if (typeof target === 'string') return { path, source: target, quote: null, position: null };
  if (!isJsonObject(target)) return `\`${path}\` must be an IRI or an object`;
  const source = own(target, 'source') ?? own(target, 'id');
  if (typeof source !== 'string' || source === '') return `\`${path}.source\` must be an IRI`;
  const parsed: ParsedTarget = { path, source, quote: null, position: null };
  const rawSelector = own(target, 'selector');
  for (const [index, selector] of asList(rawSelector).entries()) {
    const selectorPath = Array.isArray(rawSelector)
      ? `${path}.selector[${index}]`
      : `${path}.selector`;
    const result = readSelector(selector, selectorPath);
    if (!result.ok) return result.reason;
    parsed.quote ??= result.quote ?? null;
    parsed.position ??= result.position ?? null;
  }
  return parsed;
}

/**
 * Reads `target`: an IRI, a SpecificResource with `source` and `selector`
 * (one or a list, in any order), or a list of those. The first
 * TextQuoteSelector and the first TextPositionSelector of each target are kept.
 */
export function readTargets(item: Record<string, unknown>): TargetsResult {
  const raw = own(item, 'target');
  if (raw === undefined) return { ok: false, reason: '`target` is missing' };
  const list = asList(raw);
  if (list.length === 0) return { ok: false, reason: '`target` is empty' };
  const targets: ParsedTarget[] = [];
  for (const [index, target] of list.entries()) {
    const parsed = readTarget(target, Array.isArray(raw) ? `target[${index}]` : 'target');
    if (typeof parsed === 'string') return { ok: false, reason: parsed };
    targets.push(parsed);
  }
  return { ok: true, targets };
}
