import type { DocumentRecord } from '../model';
import { sameDocument } from './plan-compare';
import { emptyKindPlan, type ImportContext, type ImportMode, type KindPlan } from './plan-types';
import { skipped } from './records';
import type { KnownText } from './types';

/** The documents' plan, and the articles annotations can target once it is applied. */
export interface DocumentsOutcome {
  plan: KindPlan<DocumentRecord>;
  articles: Map<string, KnownText>;
}

function known(doc: DocumentRecord): KnownText {
  return { text: doc.text, textHash: doc.sha256 };
}

/**
 * Plans the user documents in a file. A document whose id is already in the
 * library with other content keeps the local one on 'merge' (changing a text
 * would move every local annotation on it) and is replaced on 'replace'.
 */
export function planDocuments(
  documents: readonly DocumentRecord[],
  ctx: ImportContext,
  mode: ImportMode,
): DocumentsOutcome {
  const plan = emptyKindPlan<DocumentRecord>();
  const local = new Map((ctx.existing.documents ?? []).map((doc) => [doc.id, doc]));
  const articles = new Map(ctx.articles);
  const accepted = new Set<string>();
  const seen = new Set<string>();

  documents.forEach((doc, index) => {
    const skip = (reason: string) => plan.skip.push(skipped('document', index, doc.id, reason));
    if (seen.has(doc.id)) return skip('duplicate id');
    seen.add(doc.id);
    const mine = local.get(doc.id);
    if (mine) {
      if (sameDocument(doc, mine)) {
        plan.unchanged++;
      } else if (mode === 'merge') {
        return skip('a different document with this id is in the library; the local one is kept');
      } else {
        plan.change.push(doc);
      }
    } else {
      // Never a second article under a bundled one's id, even with the same text: the library
      // would hide it (so it could not be deleted) and the bundled text stays the one offsets use.
      if (articles.has(doc.id)) return skip('a bundled article already has this id');
      plan.add.push(doc);
    }
    accepted.add(doc.id);
    articles.set(doc.id, known(doc));
  });

  if (mode === 'replace') {
    for (const doc of local.values()) {
      if (accepted.has(doc.id)) continue;
      plan.remove.push(doc);
      articles.delete(doc.id);
    }
  }
  return { plan, articles };
}
