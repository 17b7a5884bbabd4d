import { createPortal } from 'react-dom';
import type { AnchoredAnnotation } from '../domain/anchoring';
import { quoteOf } from '../domain/annotations/quote';
import type { Tag } from '../domain/model';
import { useReaderStore } from '../hooks/use-reader-store';
import { HighlightChooser } from './highlight-chooser';

interface Props {
  byAnnotation: ReadonlyMap<string, AnchoredAnnotation>;
  tagsOf: (item: AnchoredAnnotation) => Tag[];
  colorOf: (item: AnchoredAnnotation) => string;
  onChoose: (id: string) => void;
}

function optionLabel(tags: readonly Tag[], quote: string): string {
  const names = tags.length ? tags.map((t) => t.name).join(', ') : 'Untagged';
  return `${names}: “${quote.length > 40 ? `${quote.slice(0, 39)}…` : quote}”`;
}

/** A click on overlapping highlights asks which one to open. */
export function ReaderHighlightChooser({ byAnnotation, tagsOf, colorOf, onChoose }: Props) {
  const choice = useReaderStore((s) => s.highlightChoice);
  const setChoice = useReaderStore((s) => s.setHighlightChoice);
  if (!choice) return null;
  const options = choice.ids.flatMap((id) => {
    const item = byAnnotation.get(id);
    if (!item) return [];
    const quote = quoteOf({ ranges: item.annotation.ranges.slice(0, 1) });
    return [{ id, color: colorOf(item), label: optionLabel(tagsOf(item), quote) }];
  });
  return createPortal(
    <HighlightChooser
      at={choice}
      options={options}
      onChoose={onChoose}
      onCancel={() => setChoice(null)}
    />,
    document.body,
  );
}
