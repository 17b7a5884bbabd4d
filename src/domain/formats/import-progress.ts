/**
 * How far the checking of an import's records has come, for a progress bar. The importers call
 * `recordsChecked` as they validate; whoever shows progress (the import worker) listens with
 * `onRecordsChecked`. One listener at a time: an import is checked by one reader at a time.
 */
export type RecordsCheckedListener = (done: number, total: number) => void;

let listener: RecordsCheckedListener | null = null;

/** Listens to record progress. @returns a function that stops listening */
export function onRecordsChecked(next: RecordsCheckedListener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}

/** Reports that `done` of `total` records are checked (cheap: the listener throttles). */
export function recordsChecked(done: number, total: number): void {
  listener?.(done, total);
}
