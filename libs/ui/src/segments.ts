export type SpanLike = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; claimIds: string[] };

/**
 * Cuts text into segments at every claim boundary; each segment lists the claims covering
 * it, innermost (shortest) first. Overlapping and nested claims are kept.
 */
export function segmentText<T extends SpanLike>(length: number, claims: T[]): Segment[] {
  const valid = claims.filter((c) => c.start >= 0 && c.end <= length && c.start < c.end);
  const cuts = new Set<number>([0, length]);
  for (const c of valid) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    const covering = valid.filter((c) => c.start <= start && end <= c.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, claimIds: covering.map((c) => c.id) });
  }
  return segments;
}
