// npm test — everything, in order, stopping at the first failure: the dataset check, the type check,
// the unit tests, a fresh build, web-ext lint of the Firefox build, then the end-to-end tests in
// Chromium and Firefox (which install the Debian browsers first when they are missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// vitest also writes a JSON report per suite, so the run can end with one plain count of tests.
const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const json = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${name}.json`];

const steps = [
  ['dataset check', 'npm', ['run', '--silent', 'dataset:check']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit tests', 'npx', ['vitest', 'run', ...json('unit')]],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox']],
  ['end-to-end tests', 'npm', ['run', '--silent', 'test:e2e', '--', ...json('e2e')]],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const file = `${RESULTS}/${name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
