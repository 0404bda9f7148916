// The budgets of issue 6, checked against one run's figures.
import type { BenchResults } from './results';

export interface BudgetCheck {
  budget: string;
  figure: number | null;
  limit: number;
  unit: string;
  holds: boolean | null;
}

const CONTENT_SCRIPT_LIMIT_BYTES = 15_000; // "15 KB", read strictly

function check(budget: string, figure: number | null | undefined, limit: number, unit: string): BudgetCheck {
  const value = figure ?? null;
  return { budget, figure: value, limit, unit, holds: value === null ? null : value <= limit };
}

function lookupChecks(r: BenchResults): BudgetCheck[] {
  const smallest = r.lookup.sizes[0];
  const largest = r.lookup.sizes[r.lookup.sizes.length - 1];
  if (!smallest || !largest) return [];
  const at = `${largest.records.toLocaleString('en')}`;
  return (['store', 'name'] as const).flatMap((kind) => [
    check(`lookup by ${kind}: p99 at ${at} records`, largest[kind].each.p99, 50, 'µs'),
    check(`lookup by ${kind}: p99 at ${at} ÷ p99 at ${smallest.records}`, largest[kind].each.p99 / smallest[kind].each.p99, 1.5, '×'),
  ]);
}

export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const withUsers = r.backgroundReady.find((f) => f.userRecords > 0);
  const chromium = r.extraction.find((e) => e.where === 'chromium');
  const allPages = r.pageLoad.rows[r.pageLoad.rows.length - 1];
  const ours = r.popup.rows.find((p) => p.contender === 'ours');
  // Each store page loads one content script; the budget applies to the largest of them.
  const content = r.sizes.filter((s) => /content-[^/]*\.js$/.test(s.file)).sort((a, b) => b.bytes - a.bytes)[0];
  return [
    ...lookupChecks(r),
    check(`background ready, ${withUsers?.userRecords.toLocaleString('en') ?? '?'} user records: median`, withUsers?.fromWorkerStart.p50, 100, 'ms'),
    check('page extraction in Chromium: median (warm)', chromium?.warm.p50, 5, 'ms'),
    check('page-load overhead: median ratio ours/none (loadEventEnd)', allPages?.ratio['ours/none'], 1.01, '×'),
    check('popup time to content: median', ours?.readyMedianMs, 50, 'ms'),
    check(`largest content script (${content?.file.split('/').pop() ?? '?'}), minified`, content?.bytes, CONTENT_SCRIPT_LIMIT_BYTES, 'bytes'),
  ];
}
