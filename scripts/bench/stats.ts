// Percentiles and a table printer for the benchmarks.
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Summary {
  p50: number;
  p90: number;
  p99: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), n: sorted.length };
}

export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

/** Median of the pairwise ratios a[i] / b[i]: each pair was measured back to back, under the same conditions. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, i) => x / b[i]!));
}

export type Row = Record<string, string | number | null>;

export function table(rows: readonly Row[]): string {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]!);
  const cell = (v: string | number | null | undefined) => (typeof v === 'number' ? formatNumber(v) : (v ?? '–'));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join('\n');
}

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3);
}

/** Four significant figures at most: the figures are not more precise than that. */
export const round = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(4)) : v);

/** summarise(), rounded for printing and for the JSON file. */
export function summariseRounded(samples: readonly number[]): Summary {
  const s = summarise(samples);
  return { p50: round(s.p50), p90: round(s.p90), p99: round(s.p99), n: s.n };
}
