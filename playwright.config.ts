import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium-path.mjs';

/** Two builds of the site are served: one at the root, one under a sub-path, each on its own port. */
const port = Number(process.env['E2E_PORT'] ?? 4330);
const subPort = port + 1;
export const subPath = '/webrtc-tutorial/';
const outDir = (name: string) => `.e2e/${port}/${name}`;
/** The signaling server the chapter 7 tests reach through `?signal=`; it allows the origins of both test builds. */
export const signalPort = Number(process.env['E2E_SIGNAL_PORT'] ?? port + 2);
const signalServer = {
  command: `node server/main.ts --port ${signalPort} --origin http://127.0.0.1:${port},http://127.0.0.1:${subPort}`,
  url: `http://127.0.0.1:${signalPort}/health`,
  reuseExistingServer: false,
  timeout: 30_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
};

/** The test server is the one the builds are configured for, so the pages' security policy lets them reach it. */
export const signalUrl = `ws://127.0.0.1:${signalPort}/signal`;

const serve = (dir: string, listenPort: number, base: string) => ({
  command: `astro build && astro preview --ignore-lock --host 127.0.0.1 --port ${listenPort}`,
  url: `http://127.0.0.1:${listenPort}${base}`,
  env: { OUT_DIR: dir, BASE_PATH: base, PUBLIC_SIGNAL_URL: signalUrl, ASTRO_TELEMETRY_DISABLED: '1' },
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  // No retries: a test that passes only on its second try is a flaky test to fix, not to hide.
  retries: 0,
  workers: 2,
  // Tests, not files, are shared out: three files hold most of the time, and whole files left one worker idle.
  fullyParallel: true,
  // Ceilings, not waits: every test waits for the states it needs. They are wide because on a busy machine (two cores
  // shared with other work) one browser round trip can take a second or two and a call's setup several seconds.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  // Per-port folders, so that runs on different ports (parallel work on one machine) never clean up each other's files.
  outputDir: `test-results/${port}`,
  reporter: [['list'], ['json', { outputFile: `reports/e2e-${port}.json` }]],
  use: {
    browserName: 'chromium',
    launchOptions: launchOptions(),
    permissions: ['camera', 'microphone'],
    // DOM snapshots and sources are enough to debug a failure; a screencast of every test costs CPU on two cores.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
  },
  projects: [
    { name: 'root', testIgnore: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'sub-path', testMatch: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPort}` } },
  ],
  webServer: [serve(outDir('root'), port, '/'), serve(outDir('sub'), subPort, subPath), signalServer],
});
