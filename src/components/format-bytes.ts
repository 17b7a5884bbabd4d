const units = ['KB', 'MB', 'GB', 'TB'] as const;

/** 1234567 → "1.2 MB", 500000000 → "500 MB" (decimal units, as storage is sold and shown by OSes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) {
    const whole = Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0));
    return `${whole.toLocaleString('en')} ${whole === 1 ? 'byte' : 'bytes'}`;
  }
  let value = bytes / 1000;
  let unit = 0;
  // 999.5 KB would print as "1,000 KB": move up a unit before rounding gets there.
  while (value >= 999.5 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = value < 9.95 ? 1 : 0;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits })} ${units[unit]}`;
}
