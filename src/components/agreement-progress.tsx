import type { AgreementStage } from '../commands/team-agreement';
import { formatNumber } from './format';

const count = formatNumber;

function describe(stage: AgreementStage): string {
  if (stage.step === 'reading') return 'Reading the layers and texts.';
  if (stage.step === 'receiving')
    return `Preparing the report: ${count(stage.done)} of ${count(stage.total)} articles.`;
  const where =
    stage.total === undefined
      ? ''
      : ` ${count(stage.done ?? 0)} of ${count(stage.total)} articles.`;
  return `Comparing ${count(stage.annotations)} annotations; the page stays usable meanwhile.${where}`;
}

/** Where a computation of the team agreement stands, in words and as a bar. */
export function AgreementProgress({ stage }: { stage: AgreementStage }) {
  const fraction =
    stage.step === 'reading' || stage.total === undefined || stage.total === 0
      ? null
      : (stage.done ?? 0) / stage.total;
  return (
    <div>
      <p role="status">Computing agreement… {describe(stage)}</p>
      {fraction === null ? null : (
        <progress
          aria-label={stage.step === 'receiving' ? 'Preparing the report' : 'Articles compared'}
          max={1}
          value={fraction}
        />
      )}
    </div>
  );
}
