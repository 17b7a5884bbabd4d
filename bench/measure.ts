/** Browser-side timing helpers for the benchmark page. */

/**
 * Resolves after the next frame has been produced: a requestAnimationFrame
 * callback runs just before the frame's style, layout and paint, and a message
 * posted from it is handled only once that rendering step has finished.
 */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Like nextFrame, and also says how long the browser spent producing that frame after its
 * requestAnimationFrame callbacks: style, layout and paint of what changed.
 */
export function nextFrameDetail(): Promise<{ at: number; rendering: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.now();
        resolve({ at, rendering: at - frameStart });
      };
      channel.port2.postMessage(null);
    });
  });
}

/** Lets pending tasks (IndexedDB callbacks, live queries) run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface LongTasks {
  count: number;
  /** Longest main-thread task in ms (0 when none was over 50 ms). */
  max: number;
  total: number;
}

/**
 * Records main-thread tasks over 50 ms (the Long Tasks API) between start()
 * and stop(). Entries are delivered asynchronously, so stop() waits a frame.
 */
export function recordLongTasks(): { stop: () => Promise<LongTasks> } {
  const durations: number[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    observer = null;
  }
  return {
    async stop() {
      await nextFrame();
      await settle(20);
      if (observer) {
        for (const entry of observer.takeRecords()) durations.push(entry.duration);
        observer.disconnect();
      }
      return {
        count: durations.length,
        max: durations.length > 0 ? Math.max(...durations) : 0,
        total: durations.reduce((a, b) => a + b, 0),
      };
    },
  };
}

/** Value at quantile q (0..1) of the samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** A small seeded PRNG (mulberry32), so every run builds the same documents. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
