import { create } from 'zustand';
import type { LayerView } from '../domain/coders/layer-filter';

interface LayerViewState {
  view: LayerView;
  setView: (view: LayerView) => void;
}

/** The reader's layer choice (session state): which coders' annotations it shows (how they are painted is a setting). */
export const useLayerView = create<LayerViewState>()((set) => ({
  view: { kind: 'mine' },
  setView: (view) => set({ view }),
}));
