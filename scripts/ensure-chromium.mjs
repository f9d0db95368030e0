// Makes sure a Chromium that Playwright can drive is present before the browser tests run.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download; on Debian/Ubuntu as root it installs
// Debian's package when none is found. Otherwise it explains what to run, and exits non-zero.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (found) {
  console.log(`Browser tests will use ${found.path} (${found.source}).`);
  process.exit(0);
}

const isDebianLike =
  existsSync('/etc/os-release') && /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (isDebianLike && isRoot) {
  console.log('No Chromium found; installing Debian\'s "chromium" package (needs apt access)...');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`Installing Chromium failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const installed = chromiumPath();
  if (installed) {
    console.log(`Browser tests will use ${installed.path} (${installed.source}).`);
    process.exit(0);
  }
}

console.error(`
The browser tests need Chromium, and none was found.
  - Debian or Ubuntu:  sudo apt-get install chromium   (then run the tests again)
  - Any other system:  npx playwright install chromium
  - Or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test
`);
process.exit(1);
