import { useSyncExternalStore } from 'react';

/*
 * A module loading beside the page, rendered as soon as it is there without a Suspense boundary.
 * React.lazy suspends on its first render even when the module has already arrived, and React
 * then holds back the reveal of a boundary's content for a moment after its fallback showed
 * (docs/architecture.md, "Articles"): the library's list would wait on that pause at every start.
 */

type Outcome<T> =
  { state: 'pending' } | { state: 'done'; value: T } | { state: 'failed'; error: unknown };

/** A promise whose outcome can be read synchronously, for `useSettled`. */
export interface Tracked<T> {
  readonly outcome: () => Outcome<T>;
  readonly subscribe: (onChange: () => void) => () => void;
}

/** Starts following `promise` now, so a render later can read its value at once. */
export function track<T>(promise: Promise<T>): Tracked<T> {
  let outcome: Outcome<T> = { state: 'pending' };
  const listeners = new Set<() => void>();
  const settle = (next: Outcome<T>) => {
    outcome = next;
    for (const listener of [...listeners]) listener();
  };
  promise.then(
    (value) => settle({ state: 'done', value }),
    (error: unknown) => settle({ state: 'failed', error }),
  );
  return {
    outcome: () => outcome,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/**
 * The tracked promise's value, or undefined while it is pending. A rejection is thrown to the
 * nearest error boundary, as React.lazy's would be.
 */
export function useSettled<T>(tracked: Tracked<T>): T | undefined {
  const outcome = useSyncExternalStore(tracked.subscribe, tracked.outcome, tracked.outcome);
  if (outcome.state === 'failed') throw outcome.error;
  return outcome.state === 'done' ? outcome.value : undefined;
}
