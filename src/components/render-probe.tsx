import {
  Profiler,
  useLayoutEffect,
  useRef,
  type ProfilerOnRenderCallback,
  type ReactNode,
} from 'react';

/**
 * A seam for counting renders in tests and the benchmark's profiling build: they set
 * `paragraphRenders.listener` (one call per paragraph render) or `partRenders.listener` (one call
 * per render of a named part: a sidebar item, the sidebar, the selection toolbar). In the
 * production build the probes are plain pass-throughs (the branch on MODE is removed at build
 * time), so no Profiler ships to users.
 */
export const paragraphRenders: { listener: ((paragraphStart: number) => void) | null } = {
  listener: null,
};

/** The parts of the reader a probe can name. */
export type ProbedPart = 'sidebar' | 'sidebar-item' | 'selection-toolbar';

/** 'mount' when the part appears (a list scrolled to it), 'update' when it renders again. */
export type RenderPhase = 'mount' | 'update';

export const partRenders: {
  listener: ((part: ProbedPart, id: string, phase: RenderPhase) => void) | null;
} = {
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

interface PartProps {
  part: ProbedPart;
  id?: string;
  children: ReactNode;
}

// Renders with its parent: an effect without dependencies runs once per committed render.
function ProfiledPart({ part, id = '', children }: PartProps) {
  const mounted = useRef(false);
  useLayoutEffect(() => {
    partRenders.listener?.(part, id, mounted.current ? 'update' : 'mount');
    mounted.current = true;
  });
  return children;
}

function PlainPart({ children }: PartProps) {
  return children;
}

/** Wraps one paragraph so its renders can be counted (outside production builds only). */
export const ParagraphProbe =
  import.meta.env.MODE === 'production' ? PlainParagraph : ProfiledParagraph;

/** Wraps one part of the reader so its renders can be counted (outside production builds only). */
export const RenderProbe = import.meta.env.MODE === 'production' ? PlainPart : ProfiledPart;
