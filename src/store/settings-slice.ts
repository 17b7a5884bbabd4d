import type { StateCreator } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type LineWidth = 'narrow' | 'medium' | 'wide';

export const FONT_SIZES = [16, 18, 20, 22, 24] as const;
export type FontSize = (typeof FONT_SIZES)[number];

export interface ReadingSettings {
  fontSize: FontSize;
  lineWidth: LineWidth;
  theme: ThemeChoice;
  /** When on, the Tags field offers existing tags only (a team's fixed codebook). */
  lockCodebook: boolean;
  /** What the reader paints highlights by: their first tag's colour or their coder's. */
  colorBy: 'tag' | 'coder';
}

export interface SettingsSlice {
  settings: ReadingSettings;
  setFontSize: (size: FontSize) => void;
  setLineWidth: (width: LineWidth) => void;
  setTheme: (theme: ThemeChoice) => void;
  setLockCodebook: (locked: boolean) => void;
  setColorBy: (colorBy: 'tag' | 'coder') => void;
}

export const defaultSettings: ReadingSettings = {
  fontSize: 18,
  lineWidth: 'medium',
  theme: 'system',
  lockCodebook: false,
  colorBy: 'tag',
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: defaultSettings,
  setFontSize: (fontSize) => set((s) => ({ settings: { ...s.settings, fontSize } })),
  setLineWidth: (lineWidth) => set((s) => ({ settings: { ...s.settings, lineWidth } })),
  setTheme: (theme) => set((s) => ({ settings: { ...s.settings, theme } })),
  setLockCodebook: (lockCodebook) => set((s) => ({ settings: { ...s.settings, lockCodebook } })),
  setColorBy: (colorBy) => set((s) => ({ settings: { ...s.settings, colorBy } })),
});
