#!/usr/bin/env node
// Makes sure the browsers the e2e tests drive are installed: Debian's chromium and firefox-esr.
// The tests never download a browser of their own (puppeteer-core, no bundled browsers).
// If one is missing and we run as root with apt-get, installs it; otherwise prints the command and exits 1.
// Also the Chinese fonts (fonts-noto-cjk) for the README screenshots, which show Chinese names from the
// dataset: installed the same way when missing and root; otherwise only a warning, since no test needs them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  { path: process.env.JL_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium' },
  { path: process.env.JL_FIREFOX ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];
const APT_GET = '/usr/bin/apt-get';

function missingPackages() {
  return BROWSERS.filter((b) => !existsSync(b.path)).map((b) => b.pkg);
}

function run(args) {
  console.log(`[ensure-browsers] $ ${args.join(' ')}`);
  const result = spawnSync(args[0], args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`[ensure-browsers] failed (exit ${result.status ?? result.signal}): ${args.join(' ')}`);
    process.exit(1);
  }
}

const FONT_PACKAGE = 'fonts-noto-cjk';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** True when fontconfig knows a font that covers Chinese (or fontconfig is absent: nothing to check). */
function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.error !== undefined || result.stdout.trim().length > 0;
}

/** Never fails the run: the fonts only make the screenshots readable. */
function ensureCjkFont() {
  if (hasCjkFont()) return;
  const command = `sudo apt-get install -y ${FONT_PACKAGE}`;
  if (!isRoot || !existsSync(APT_GET)) {
    console.warn(`[ensure-browsers] no Chinese font: screenshots will show boxes for Chinese text. Install with:\n  ${command}`);
    return;
  }
  console.log(`[ensure-browsers] no Chinese font; installing ${FONT_PACKAGE} with apt-get (non-interactive)`);
  const apt = (...args) => spawnSync(APT_GET, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  // The package lists may be missing or stale on a fresh machine: update once and retry.
  const ok = apt('install', '-y', FONT_PACKAGE) || (apt('update') && apt('install', '-y', FONT_PACKAGE));
  if (!ok || !hasCjkFont()) console.warn(`[ensure-browsers] could not install ${FONT_PACKAGE}; screenshots will show boxes for Chinese text`);
}

const missing = missingPackages();
if (missing.length === 0) {
  ensureCjkFont();
  console.log(`[ensure-browsers] found ${BROWSERS.map((b) => b.path).join(' and ')}`);
  process.exit(0);
}

if (!isRoot || !existsSync(APT_GET)) {
  const command = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
  console.error(`[ensure-browsers] missing: ${missing.join(', ')}. Install with:\n  ${command}`);
  process.exit(1);
}

console.log(`[ensure-browsers] missing: ${missing.join(', ')}; installing with apt-get (non-interactive)`);
run([APT_GET, 'update']);
run([APT_GET, 'install', '-y', ...missing]);
const still = missingPackages();
if (still.length > 0) {
  console.error(`[ensure-browsers] still missing after install: ${still.join(', ')}`);
  process.exit(1);
}
console.log('[ensure-browsers] browsers installed');
ensureCjkFont();
