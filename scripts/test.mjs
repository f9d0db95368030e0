// `npm test`: the unit tests, then the browser tests against the built site. Both always run, so one failing
// suite never hides the other; the last line adds them up.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

rmSync('reports', { recursive: true, force: true });

const unitStatus = run('vitest', ['run']);
const unit = readJson('reports/unit.json');
const unitCounts = unit
  ? { passed: unit.numPassedTests, failed: unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0) }
  : { passed: 0, failed: 1 };

let e2eCounts = { passed: 0, failed: 1, skipped: 0 };
let e2eStatus = run('node', ['scripts/ensure-chromium.mjs']);
if (e2eStatus === 0) {
  e2eStatus = run('playwright', ['test']);
  const e2e = readJson(`reports/e2e-${process.env.E2E_PORT ?? 4330}.json`);
  if (e2e) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    e2eCounts = { passed: expected + flaky, failed: unexpected + (e2e.errors?.length ?? 0), skipped };
  }
}

// A runner that crashed without reporting a failure still counts as one failure.
if (unitStatus !== 0 && unitCounts.failed === 0) unitCounts.failed = 1;
if (e2eStatus !== 0 && e2eCounts.failed === 0) e2eCounts.failed = 1;

console.log(`\nunit: ${unitCounts.passed} passed, ${unitCounts.failed} failed`);
console.log(`browser: ${e2eCounts.passed} passed, ${e2eCounts.failed} failed, ${e2eCounts.skipped} skipped`);
const passed = unitCounts.passed + e2eCounts.passed;
const failed = unitCounts.failed + e2eCounts.failed;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
