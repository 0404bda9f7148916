#!/usr/bin/env node
// Makes sure the browsers the e2e tests drive are installed: Debian's chromium and firefox-esr.
// The tests never download a browser of their own (puppeteer-core, no bundled browsers).
// If one is missing and we run as root with apt-get, installs it; otherwise prints the command and exits 1.
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

const missing = missingPackages();
if (missing.length === 0) {
  console.log(`[ensure-browsers] found ${BROWSERS.map((b) => b.path).join(' and ')}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
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
