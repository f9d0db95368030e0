// @ts-check
// Child processes and servers the bench starts, and stopping all of them on exit, error or Ctrl-C.
import { spawn } from 'node:child_process';

/** @type {Set<() => void>} */
const cleanups = new Set();
let hooked = false;

/** Runs `stop` when the bench exits for any reason; returns a function that runs it now (once). */
export function stopOnExit(/** @type {() => void} */ stop) {
  if (!hooked) {
    hooked = true;
    process.on('exit', stopAll);
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
      process.on(signal, () => {
        stopAll();
        process.exit(130);
      });
    }
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    stop();
  };
  cleanups.add(once);
  return once;
}

/** Stops everything still registered. */
export function stopAll() {
  for (const stop of [...cleanups]) stop();
}

/**
 * Starts a command in its own process group, so stopping it also stops what it started (npx -> node -> astro).
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} env extra environment variables
 */
export function startProcess(command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const stop = stopOnExit(() => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  });
  return {
    /** @type {Promise<number>} the exit code */
    exited,
    stop,
    output: () => output,
  };
}

/**
 * Runs a command to the end and times it.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number, ms: number, output: string }>}
 */
export async function runTimed(command, args, env = {}) {
  const started = performance.now();
  const child = startProcess(command, args, env);
  const code = await child.exited;
  child.stop();
  return { code, ms: performance.now() - started, output: child.output() };
}
