import { create } from 'zustand';
import type { LayerView } from '../domain/coders/layer-filter';

interface LayerViewState {
  view: LayerView;
  colorBy: 'tag' | 'coder';
  setView: (view: LayerView) => void;
  setColorBy: (colorBy: 'tag' | 'coder') => void;
}

/** The reader's layer choice (session state): which coders' annotations it shows, and how. */
export const useLayerView = create<LayerViewState>()((set) => ({
  view: { kind: 'mine' },
  colorBy: 'tag',
  setView: (view) => set({ view }),
  setColorBy: (colorBy) => set({ colorBy }),
}));
