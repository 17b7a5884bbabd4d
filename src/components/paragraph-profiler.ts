import type { ProfilerOnRenderCallback } from 'react';

/**
 * A seam for measuring how many paragraphs re-render after a change. Tests and benchmarks set
 * `listener`; in normal use it stays null and the Profiler costs nothing in production builds.
 */
export const paragraphRenders: { listener: ((paragraphStart: number) => void) | null } = {
  listener: null,
};

export const onParagraphRender: ProfilerOnRenderCallback = (id) => {
  paragraphRenders.listener?.(Number(id.slice('paragraph-'.length)));
};
