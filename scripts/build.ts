// npm run build — dist/chrome and dist/firefox, each ready to load unpacked, and a zip of each.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { compileDataset } from '../src/shared/compiled-dataset';
import { generateValidatorSource, VALIDATOR_PATH } from './gen-validator';
import type { Manifest, TargetBrowser } from './lib/browser-manifest';
import { manifestFor } from './lib/browser-manifest';
import { loadDataset } from './lib/load-dataset';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const DATASET_OUT = join(ROOT, 'build', 'dataset.json');
// One content script per store, each with only its own extractor (manifest.json names them).
const CONTENT_STORES = readdirSync(join(ROOT, 'src/content/stores')).map((f) => f.replace(/\.ts$/, ''));
const ENTRIES = {
  background: 'src/background/main.ts',
  popup: 'src/popup/main.ts',
  options: 'src/options/main.ts',
  ...Object.fromEntries(CONTENT_STORES.map((store) => [`content-${store}`, `src/content/stores/${store}.ts`])),
};
const STATIC = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'src/shared/ui.css'];
const TARGETS: Record<TargetBrowser, string[]> = { chrome: ['chrome121'], firefox: ['firefox140'] };

function writeDataset(): void {
  const { records, problems } = loadDataset();
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p.file} ${p.field}: ${p.message}`);
    throw new Error(`dataset has ${problems.length} problems (npm run dataset:check)`);
  }
  mkdirSync(dirname(DATASET_OUT), { recursive: true });
  writeFileSync(DATASET_OUT, JSON.stringify(compileDataset(records)));
}

async function bundle(browser: TargetBrowser, outdir: string): Promise<void> {
  await esbuild.build({
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGETS[browser],
    alias: { 'bundled-dataset': DATASET_OUT },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function copyStatic(outdir: string): void {
  for (const file of STATIC) cpSync(join(ROOT, file), join(outdir, file.split('/').pop()!));
  cpSync(join(ROOT, 'icons'), join(outdir, 'icons'), { recursive: true, filter: (src) => !src.endsWith('.svg') });
  cpSync(join(ROOT, 'src/_locales'), join(outdir, '_locales'), { recursive: true });
}

function zipFolder(folder: string, zipPath: string): void {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSorted(dir)) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(folder, path)] = readFileSync(path);
    }
  };
  walk(folder);
  // A fixed timestamp keeps the zip the same for the same input.
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

function readdirSorted(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

async function main(): Promise<void> {
  writeFileSync(VALIDATOR_PATH, generateValidatorSource());
  writeDataset();
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest & { version: string };
  for (const browser of ['chrome', 'firefox'] as const) {
    const outdir = join(DIST, browser);
    rmSync(outdir, { recursive: true, force: true });
    await bundle(browser, outdir);
    copyStatic(outdir);
    writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifestFor(base, browser), null, 2)}\n`);
    zipFolder(outdir, join(DIST, `jurisdiction-lens-${base.version}-${browser}.zip`));
    console.log(`built dist/${browser} and dist/jurisdiction-lens-${base.version}-${browser}.zip`);
  }
}

await main();
