import { useEffect } from 'react';
import { useAppStore } from '../store';

/** Applies the reading settings to the document: theme, font size and line width as CSS variables. */
export function useApplySettings(): void {
  const { theme, fontSize, lineWidth } = useAppStore((s) => s.settings);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.style.setProperty('--reader-font-size', `${fontSize}px`);
    root.dataset.lineWidth = lineWidth;
  }, [theme, fontSize, lineWidth]);
}
