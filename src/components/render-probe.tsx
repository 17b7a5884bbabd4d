import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

/**
 * A seam for counting paragraph renders in tests and the benchmark's profiling build: they set
 * `paragraphRenders.listener`. In the production build the probe is a plain pass-through (the
 * branch on MODE is removed at build time), so no Profiler ships to users.
 */
export const paragraphRenders: { listener: ((paragraphStart: number) => void) | null } = {
  listener: null,
};

const onRender: ProfilerOnRenderCallback = (id) => {
  paragraphRenders.listener?.(Number(id));
};

function ProfiledParagraph({ start, children }: { start: number; children: ReactNode }) {
  return (
    <Profiler id={String(start)} onRender={onRender}>
      {children}
    </Profiler>
  );
}

function PlainParagraph({ children }: { start: number; children: ReactNode }) {
  return children;
}

/** Wraps one paragraph so its renders can be counted (outside production builds only). */
export const ParagraphProbe =
  import.meta.env.MODE === 'production' ? PlainParagraph : ProfiledParagraph;
