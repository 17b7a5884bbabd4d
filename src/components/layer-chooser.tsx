import { useId } from 'react';
import { LOCAL_CODER_ID } from '../domain/coders/coder';
import type { LayerView } from '../domain/coders/layer-filter';
import { useCoders } from '../hooks/use-coders';
import { useAppStore } from '../store';
import { useLayerView } from '../store/layer-view';

function valueOf(view: LayerView): string {
  return view.kind === 'coder' ? `coder:${view.coderId}` : view.kind;
}

function viewOf(value: string): LayerView {
  if (value.startsWith('coder:')) return { kind: 'coder', coderId: value.slice('coder:'.length) };
  if (value === 'all' || value === 'disagreements') return { kind: value };
  return { kind: 'mine' };
}

/**
 * The reader's "Layers" chooser and "Colour by" (tag or coder, kept in the settings); shown once
 * there is more than one coder.
 */
export function LayerChooser() {
  const id = useId();
  const colorById = useId();
  const colorBy = useAppStore((s) => s.settings.colorBy);
  const setColorBy = useAppStore((s) => s.setColorBy);
  const { coders, local } = useCoders();
  const view = useLayerView((s) => s.view);
  const setView = useLayerView((s) => s.setView);
  if (coders.length < 2) return null;
  return (
    <div>
      <label htmlFor={id}>Layers </label>
      <select
        id={id}
        className="field"
        value={valueOf(view)}
        onChange={(e) => setView(viewOf(e.target.value))}
      >
        <option value="mine">Mine ({local.name})</option>
        {coders
          .filter((c) => c.id !== LOCAL_CODER_ID)
          .map((c) => (
            <option key={c.id} value={`coder:${c.id}`}>
              {c.name}
            </option>
          ))}
        <option value="all">All coders</option>
        <option value="disagreements">Disagreements only</option>
      </select>{' '}
      <label htmlFor={colorById}>Colour by </label>
      <select
        id={colorById}
        className="field"
        value={colorBy}
        onChange={(e) => setColorBy(e.target.value === 'coder' ? 'coder' : 'tag')}
      >
        <option value="tag">Tag</option>
        <option value="coder">Coder</option>
      </select>
    </div>
  );
}
