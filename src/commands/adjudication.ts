import { adjudicationRepo } from '../db/adjudication-repo';
import {
  agreedConsensus,
  consensusFor,
  consensusIdsOf,
  type AdjudicationItem,
  type Agreement,
  type Decision,
} from '../domain/adjudication';
import type { ArticleWithText } from '../domain/corpus/types';
import { runCommand, runUndoable, type CommandResult } from './run';

/*
 * Adjudication commands: a decision writes the consensus layer and is undoable like every other
 * change (Undo, Ctrl+Z, the toast), so it goes on the app's history.
 */

/** The two coders whose layers are being adjudicated. */
export interface CoderPair {
  a: string;
  b: string;
}

/** One decision to take: the item, the decision, and the one it replaces (null: none yet). */
export interface DecisionInput {
  pair: CoderPair;
  item: AdjudicationItem;
  article: ArticleWithText;
  decision: Decision;
  previous: Decision | null;
}

function write(input: DecisionInput, decision: Decision | null): Promise<void> {
  const { pair, item, article } = input;
  const consensus = decision
    ? consensusFor(item, decision, article.text, article.textHash, new Date().toISOString())
    : [];
  return adjudicationRepo.decide(pair, item.key, decision, consensusIdsOf(item), consensus);
}

/** Settles one disagreement into the consensus; undoable (Undo puts back the previous decision). */
export function decideItem(input: DecisionInput): Promise<CommandResult<void>> {
  return runUndoable(
    {
      label: 'Settle a disagreement',
      failure: 'Saving the decision',
      apply: () => write(input, input.decision),
      undo: () => write(input, input.previous),
      redo: () => write(input, input.decision),
    },
    { report: 'caller' },
  );
}

/** Puts passages both coders coded alike into the consensus (once; never overwrites). */
export function seedAgreements(agreements: readonly Agreement[]): Promise<CommandResult<number>> {
  return runCommand('Adding the agreeing passages to the consensus', () =>
    adjudicationRepo.seedAgreements(agreedConsensus(agreements, new Date().toISOString())),
  );
}
