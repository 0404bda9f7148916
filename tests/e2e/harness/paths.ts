// Where the e2e harness finds the project, the fixtures and the built extension.
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');
/** A user's own records, imported through the options page (see tests/e2e/data/README.md). */
export const USER_LAYER_TUKDAENG = path.join(REPO_ROOT, 'tests/e2e/data/user-layer-tukdaeng.json');

export const CHROMIUM_PATH = process.env.JL_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.JL_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * The unpacked extension for one browser: `dist/<browser>` by default.
 * `JL_E2E_DIST=/some/dir` points the suites at another build with the same layout
 * (`<dir>/chrome`, `<dir>/firefox`), e.g. a throwaway stand-in while the real build is not there yet.
 */
export function extensionDir(browser: 'chrome' | 'firefox'): string {
  const base = path.resolve(REPO_ROOT, process.env.JL_E2E_DIST ?? 'dist');
  const dir = path.join(base, browser);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
  return dir;
}

export interface RunDirs {
  /** A fresh temporary directory for one browser run; removed when the browser is shut down. */
  runDir: string;
  profileDir: string;
  /** A copy of the built extension: a rebuild of dist/ while a suite runs cannot hand the browser a half-written one. */
  extension: string;
}

export async function prepareRun(browser: 'chrome' | 'firefox'): Promise<RunDirs> {
  const source = extensionDir(browser);
  const runDir = await mkdtemp(path.join(os.tmpdir(), `jl-e2e-${browser}-`));
  const extension = path.join(runDir, 'extension');
  await cp(source, extension, { recursive: true });
  return { runDir, profileDir: path.join(runDir, 'profile'), extension };
}
