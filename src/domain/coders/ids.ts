/** The id of the person using this device (its own module: the app shell needs only this). */
export const LOCAL_CODER_ID = 'local';
/** The id of the layer adjudication writes. */
export const CONSENSUS_CODER_ID = 'consensus';
