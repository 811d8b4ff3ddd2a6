// The isotonic calibration's curve (kept apart from model.ts, which reads the shipped model when imported).

/** Piecewise-linear through (x, y), flat beyond the ends. */
export function interpolate(curve: { x: readonly number[]; y: readonly number[] }, raw: number): number {
  const { x, y } = curve;
  if (x.length === 0) return 0;
  if (raw <= (x[0] ?? 0)) return y[0] ?? 0;
  let high = 1;
  while (high < x.length && raw > (x[high] ?? 0)) high++;
  if (high >= x.length) return y[x.length - 1] ?? 0;
  const x0 = x[high - 1] ?? 0;
  const x1 = x[high] ?? 0;
  const t = x1 > x0 ? (raw - x0) / (x1 - x0) : 1;
  return (y[high - 1] ?? 0) + t * ((y[high] ?? 0) - (y[high - 1] ?? 0));
}
