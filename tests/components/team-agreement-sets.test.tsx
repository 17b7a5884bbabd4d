import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TeamAgreementReport } from '../../src/components/team-agreement-report';
import { computeTeamAgreement } from '../../src/domain/agreement';
import { annotation, article, tag } from '../domain/agreement/helpers';

describe('TeamAgreementReport per set', () => {
  it('lists each named set with its coded articles and figures, and no set table without sets', () => {
    const peace = tag('Peace');
    const first = { ...article('a1', 'Talks resumed in Geneva on Monday.'), outlet: 'SANA' };
    const second = { ...article('a2', 'Nothing was agreed at the talks.'), outlet: 'Press TV' };
    const layer = (coderId: string, end: number) => [
      annotation(first, [[0, end]], [peace], { coderId }),
      annotation(second, [[0, 7]], [peace], { coderId }),
    ];
    const input = {
      articles: [first, second],
      tags: [peace],
      coders: [
        { id: 'ann', name: 'Ann', annotations: layer('ann', 12) },
        { id: 'ben', name: 'Ben', annotations: layer('ben', 12) },
      ],
    };
    const { unmount } = render(
      <TeamAgreementReport
        report={computeTeamAgreement({
          ...input,
          sets: [{ name: 'Geneva <b>coverage</b>', articleIds: ['a1'] }],
        })}
      />,
    );
    const table = screen.getByRole('table', { name: 'Agreement per set' });
    const row = within(table).getByRole('rowheader', { name: 'Geneva <b>coverage</b> (1)' });
    // Both coders coded the same characters: alpha is 1.
    expect(row.closest('tr')).toHaveTextContent('1.000');
    unmount();

    render(<TeamAgreementReport report={computeTeamAgreement(input)} />);
    expect(screen.queryByRole('table', { name: 'Agreement per set' })).not.toBeInTheDocument();
  });
});
