import type { TeamReport } from '../domain/agreement/team-types';

const CELL = 56;
const LABEL = 110;

function shade(kappa: number | null): string {
  if (kappa === null) return '#e5e7eb';
  // From red (≤ 0) through amber to green (1); the number is always printed too.
  const t = Math.max(0, Math.min(1, kappa));
  const hue = Math.round(t * 120);
  return `hsl(${hue} 70% 80%)`;
}

function short(name: string): string {
  return name.length > 14 ? `${name.slice(0, 13)}…` : name;
}

/**
 * The pairwise Cohen's kappa matrix as a small heat map (SVG drawn by React). Every cell also
 * prints its value, so colour is never the only carrier; the table beside it has the figures.
 */
export function PairwiseMatrix({ report, title }: { report: TeamReport; title: string }) {
  const { coders, overall } = report;
  const n = coders.length;
  const size = LABEL + n * CELL;
  const kappaOf = (i: number, j: number): number | null => {
    if (i === j) return 1;
    const [a, b] = [coders[Math.min(i, j)]!.id, coders[Math.max(i, j)]!.id];
    return overall.pairs.find((p) => p.a === a && p.b === b)?.kappa ?? null;
  };
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${size} ${size}`}
      width={Math.min(size, 360)}
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      {coders.map((coder, i) => (
        <g key={coder.id}>
          <text x={LABEL - 6} y={LABEL + i * CELL + CELL / 2 + 4} textAnchor="end" fontSize="12">
            {short(coder.name)}
          </text>
          <text
            x={LABEL + i * CELL + CELL / 2}
            y={LABEL - 8}
            textAnchor="start"
            fontSize="12"
            transform={`rotate(-45 ${LABEL + i * CELL + CELL / 2} ${LABEL - 8})`}
          >
            {short(coder.name)}
          </text>
          {coders.map((other, j) => {
            const kappa = kappaOf(i, j);
            return (
              <g key={other.id}>
                <rect
                  x={LABEL + j * CELL}
                  y={LABEL + i * CELL}
                  width={CELL - 2}
                  height={CELL - 2}
                  fill={shade(kappa)}
                />
                <text
                  x={LABEL + j * CELL + CELL / 2 - 1}
                  y={LABEL + i * CELL + CELL / 2 + 4}
                  textAnchor="middle"
                  fontSize="12"
                >
                  {kappa === null ? 'n/a' : kappa.toFixed(2)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
