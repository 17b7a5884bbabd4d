export { computeAgreement, type AgreementInput } from './report';
export { agreementCsv, AGREEMENT_CSV_COLUMNS } from './csv';
export { cohensKappa, characterConfusion, mergeIntervals } from './kappa';
export { matchSpans } from './matching';
export { spanScores } from './measures';
export type * from './types';
