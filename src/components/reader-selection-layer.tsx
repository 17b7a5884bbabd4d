import type { RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Tag } from '../domain/model';
import { useReaderStore } from '../hooks/use-reader-store';
import { useTextSelection } from '../hooks/use-text-selection';
import { RenderProbe } from './render-probe';
import { SelectionToolbar } from './selection-toolbar';

interface Props {
  bodyRef: RefObject<HTMLElement | null>;
  articleId: string;
  text: string;
  tags: readonly Tag[];
  onHighlight: (tagId?: string) => void;
}

/**
 * Follows the selection and shows "Annotate selection" beside it. The only part of the reader
 * that re-renders while the user selects.
 */
export function ReaderSelectionLayer({ bodyRef, articleId, text, tags, onHighlight }: Props) {
  const rect = useTextSelection(bodyRef, articleId, text);
  const selected = useReaderStore((s) => s.selection !== null);
  const choosing = useReaderStore((s) => s.highlightChoice !== null);
  if (!selected || !rect || choosing) return null;
  return createPortal(
    <RenderProbe part="selection-toolbar">
      <SelectionToolbar anchor={rect} tags={tags} onHighlight={onHighlight} />
    </RenderProbe>,
    document.body,
  );
}
