import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgreementStage } from '../../src/commands/team-agreement';
import type { CommandResult } from '../../src/commands/run';
import { CompareCoders } from '../../src/components/compare-coders';
import { computeTeamAgreement as computeReport } from '../../src/domain/agreement';
import type { TeamReport } from '../../src/domain/agreement/team-types';
import { annotation, article, tag } from '../domain/agreement/helpers';

const coders = [
  { id: 'local', name: 'Me', origin: 'local' as const, createdAt: '2026-01-01T00:00:00.000Z' },
  {
    id: 'b',
    name: 'Colleague',
    origin: 'imported' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
];
vi.mock('../../src/hooks/use-coders', () => ({
  useCoders: () => ({ coders, byId: new Map(), local: coders[0], loading: false }),
}));

let stage: ((s: AgreementStage) => void) | undefined;
let finish: ((r: CommandResult<TeamReport>) => void) | undefined;
vi.mock('../../src/commands/team-agreement', () => ({
  computeTeamAgreement: (_ids: readonly string[], onStage: (s: AgreementStage) => void) => {
    stage = onStage;
    return new Promise((resolve) => (finish = resolve));
  },
}));

describe('CompareCoders at scale', () => {
  it('says where a long computation stands until the report is shown', async () => {
    const user = userEvent.setup();
    render(<CompareCoders />);
    await user.click(screen.getByRole('button', { name: 'Compute agreement' }));
    expect(await screen.findByText(/Reading the layers and texts/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compute agreement' })).toBeDisabled();
    stage?.({ step: 'comparing', annotations: 100_000 });
    expect(await screen.findByText(/Comparing 100,000 annotations/)).toBeInTheDocument();
    stage?.({ step: 'comparing', annotations: 100_000, done: 2_500, total: 10_000 });
    expect(await screen.findByText(/2,500 of 10,000 articles/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Articles compared' })).toHaveAttribute(
      'value',
      '0.25',
    );
    stage?.({ step: 'receiving', done: 5_000, total: 10_000 });
    expect(
      await screen.findByText(/Preparing the report: 5,000 of 10,000 articles/),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Preparing the report' })).toBeInTheDocument();
    const t = tag('frame');
    const text = article('a1', 'one two three four');
    finish?.({
      ok: true,
      value: computeReport({
        articles: [{ ...text, outlet: null }],
        coders: [
          { id: 'local', name: 'Me', annotations: [annotation(text, [[0, 3]], [t])] },
          {
            id: 'b',
            name: 'Colleague',
            annotations: [annotation(text, [[0, 7]], [t], { coderId: 'b' })],
          },
        ],
        tags: [t],
      }),
    } as CommandResult<TeamReport>);
    expect(await screen.findByRole('region', { name: /^Agreement of / })).toBeInTheDocument();
    expect(screen.queryByText(/Comparing 100,000/)).not.toBeInTheDocument();
  });
});
