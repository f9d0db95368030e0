// @ts-check
// Command-line options of `npm run bench`.

/** The parts of the bench, in the order the table shows them. */
export const partNames = /** @type {const} */ ([
  'setup',
  'weight',
  'search',
  'build',
  'leak',
  'data',
  'photo',
  'tab-call',
  'lighthouse',
  'signal',
]);

/** @typedef {(typeof partNames)[number]} PartName */
/** @typedef {{ only: Set<PartName>, runs: number, cycles: number, withTests: boolean, port: number }} Options */

const usage = `Usage: npm run bench -- [--only=${partNames.join(',')}] [--runs=30] [--cycles=200] [--with-tests] [--port=4360]`;

/** Parses `--only=a,b --runs=N --cycles=N --with-tests --port=N`; throws with the usage on anything else. */
export function parseOptions(/** @type {string[]} */ argv) {
  /** @type {Options} */
  const options = { only: new Set(partNames), runs: 30, cycles: 200, withTests: false, port: 4360 };
  for (const arg of argv) {
    const [name, value = ''] = arg.split('=', 2);
    if (name === '--with-tests') options.withTests = true;
    else if (name === '--only') options.only = new Set(value.split(',').map(toPart));
    else if (name === '--runs') options.runs = toCount(arg, value);
    else if (name === '--cycles') options.cycles = toCount(arg, value);
    else if (name === '--port') options.port = toCount(arg, value);
    else if (name === '--help' || name === '-h') throw new Error(usage);
    else throw new Error(`unknown option ${arg}\n${usage}`);
  }
  return options;
}

function toPart(/** @type {string} */ name) {
  const part = partNames.find((p) => p === name.trim());
  if (!part) throw new Error(`unknown part "${name}"\n${usage}`);
  return part;
}

function toCount(/** @type {string} */ arg, /** @type {string} */ value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${arg}: expected a whole number >= 1\n${usage}`);
  return n;
}
