// The tables `npm run bench` prints.
import type { BudgetCheck } from './budgets';
import type { BenchResults } from './results';
import { formatNumber, table, type Row } from './stats';

function lookupTable(r: BenchResults): string {
  const rows = r.lookup.sizes.map((s): Row => ({
    records: s.records,
    'store p50': s.store.each.p50,
    'store p99': s.store.each.p99,
    'name p50': s.name.each.p50,
    'name p99': s.name.each.p99,
    'store p50 batch': s.store.batch.p50,
    'store p99 batch': s.store.batch.p99,
    'name p50 batch': s.name.batch.p50,
    'name p99 batch': s.name.batch.p99,
  }));
  const t = r.lookup.timer;
  return `${table(rows)}\nµs per lookup. Clock reads around each single lookup cost p50 ${formatNumber(t.p50)} µs, p99 ${formatNumber(t.p99)} µs (included above; "batch" = 100 lookups per clock read).`;
}

function backgroundTable(r: BenchResults): string {
  return table(
    r.backgroundReady.map((f): Row => ({
      'user records': f.userRecords,
      runs: f.fromWorkerStart.n,
      'worker start→answer p50 ms': f.fromWorkerStart.p50,
      p90: f.fromWorkerStart.p90,
      'request→answer p50 ms': f.fromRequest.p50,
      'storage.local read p50 ms': f.storageRead.p50,
      'answered app': f.answeredApp ?? '(not in the dataset)',
    })),
  );
}

function startupTable(r: BenchResults): string {
  const rows = r.startupSteps.map((s): Row => ({ 'step (Node, same code and layer)': s.step, 'first run ms': s.firstMs, 'warm ms': s.warmMs }));
  return `${table(rows)}\n"first run" is what a fresh worker pays: its code is never warm. The worker also reads the layer from storage.local (column above).`;
}

function extractionTable(r: BenchResults): string {
  return table(
    r.extraction.map((e): Row => ({
      where: e.where,
      page: e.page,
      KB: Math.round(e.pageBytes / 1024),
      'warm p50 ms': e.warm.p50,
      'warm p90 ms': e.warm.p90,
      'warm runs': e.warm.n,
      'first run p50 ms': e.firstRun.p50,
      'first run max ms': e.firstRun.p99,
      'fresh pages': e.firstRun.n,
    })),
  );
}

function pageLoadTable(r: BenchResults): string {
  const rows = r.pageLoad.rows.map((p): Row => {
    const row: Row = { page: p.page, 'content script': p.contentScript ? 'yes' : 'no (Chromium forbids)', pairs: p.pairs };
    for (const [label, ms] of Object.entries(p.medianMs)) row[`${label} ms`] = ms;
    for (const [pair, ratio] of Object.entries(p.ratio)) row[pair] = ratio;
    for (const [pair, ratio] of Object.entries(p.idleRatio)) row[`${pair} idle`] = ratio;
    for (const [pair, ms] of Object.entries(p.addedMs)) row[`${pair} ms`] = ms;
    return row;
  });
  return `${table(rows)}\n"<label> ms" = median navigation start → loadEventEnd; a/b = median of paired ratios; "idle" = the same to the first idle period after load; a−b ms = median of paired differences (loadEventEnd).`;
}

function popupTable(r: BenchResults): string {
  const rows = r.popup.rows.map((p): Row => ({
    contender: p.contender,
    runs: p.runs,
    'DOMContentLoaded p50 ms': p.domContentLoadedMedianMs,
    'ready p50 ms': p.readyMedianMs,
    'ready p90 ms': p.readyP90Ms,
    'settled p50 ms': p.settledMedianMs,
  }));
  const c = r.popup.comparison;
  return `${table(rows)}${c ? `\nours/peer (${c.metric}): ${formatNumber(c.oursPerPeer)}` : ''}`;
}

function sizesTable(r: BenchResults): string {
  return table(r.sizes.map((s): Row => ({ file: s.file, bytes: s.bytes, KB: s.bytes / 1024, 'gzip bytes': s.gzipBytes, 'gzip KB': s.gzipBytes / 1024 })));
}

function budgetsTable(checks: readonly BudgetCheck[]): string {
  return table(
    checks.map((c): Row => ({
      budget: c.budget,
      figure: c.figure === null ? null : `${formatNumber(c.figure)} ${c.unit}`,
      limit: `≤ ${formatNumber(c.limit)} ${c.unit}`,
      holds: c.holds === null ? 'not measured' : c.holds ? 'yes' : 'NO',
    })),
  );
}

export function printReport(r: BenchResults, checks: readonly BudgetCheck[]): string {
  const m = r.machine;
  const load = `load average ${m.loadAvg.map((l) => l.toFixed(1)).join(' → ')}${Math.max(...m.loadAvg) > m.cpus ? ' (other work competed: figures noisier)' : ''}`;
  const peer = r.peer ? `; peer ${r.peer.dir} (popup ${r.peer.popupPath}, ready ${r.peer.readySelector ?? 'when its DOM settles'})` : '';
  const sections = [
    `Jurisdiction Lens benchmark, ${r.startedAt}, ${r.durationS} s — ${m.cpus} × ${m.cpuModel}, Node ${m.node}, ${m.chromium}, ${load}${r.quick ? ' — QUICK RUN: too few samples to mean anything' : ''}${peer}`,
    `1. Lookup (synthetic records that pass the schema)\n${lookupTable(r)}`,
    `2. Background ready (stopped worker → first answered get-report that needs a lookup)\n${backgroundTable(r)}\n\n${startupTable(r)}`,
    `3. Page extraction\n${extractionTable(r)}`,
    `4. Page-load overhead in Chromium (contenders take turns)\n${pageLoadTable(r)}`,
    `5. Popup time to content (popup.html?tab=<id> as a tab; from navigation start)\n${popupTable(r)}`,
    `6. Sizes (dist/chrome, as built)\n${sizesTable(r)}`,
    `Budgets (issue 6)\n${budgetsTable(checks)}`,
  ];
  return sections.join('\n\n');
}
