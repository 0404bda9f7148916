// What the benchmark runs, from the environment:
//   BENCH_PEER=<folder>           another unpacked extension, measured side by side with ours
//   BENCH_PEER_POPUP=<path>       its popup page inside the extension ("{tab}" → the store tab's id);
//                                 default: the manifest's action.default_popup
//   BENCH_PEER_READY=<selector>   when its popup shows its content; default: when its DOM stops changing
//   BENCH_QUICK=1                 a few samples of everything: checks that the benchmark runs, nothing more
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PeerConfig {
  dir: string;
  popupPath: string;
  readySelector: string | null;
}

export interface BenchConfig {
  quick: boolean;
  lookupsPerSize: number;
  extractionRuns: number;
  extractionFirstRuns: number;
  pageLoadRounds: number;
  popupRuns: number;
  backgroundRuns: number;
  userRecords: number;
  peer: PeerConfig | null;
}

function peerConfig(env: NodeJS.ProcessEnv): PeerConfig | null {
  if (!env.BENCH_PEER) return null;
  const dir = path.resolve(env.BENCH_PEER);
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`BENCH_PEER=${env.BENCH_PEER}: no manifest.json in ${dir}`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { action?: { default_popup?: string }; browser_action?: { default_popup?: string } };
  const popupPath = env.BENCH_PEER_POPUP ?? manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (!popupPath) throw new Error(`BENCH_PEER=${env.BENCH_PEER}: its manifest names no popup; set BENCH_PEER_POPUP`);
  return { dir, popupPath: popupPath.replace(/^\//, ''), readySelector: env.BENCH_PEER_READY || null };
}

export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = env.BENCH_QUICK === '1';
  return {
    quick,
    lookupsPerSize: quick ? 2_000 : 20_000,
    extractionRuns: quick ? 5 : 50,
    extractionFirstRuns: quick ? 2 : 7,
    pageLoadRounds: quick ? 2 : 20,
    popupRuns: quick ? 3 : 30,
    backgroundRuns: quick ? 2 : 8,
    userRecords: 10_000,
    peer: peerConfig(env),
  };
}
