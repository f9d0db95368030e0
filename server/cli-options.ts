/** The command line of `npm run signal` / `npm start` / `npm run workshop`, parsed without side effects. */

/** What the command line asks for. */
export interface CliOptions {
  readonly port: number;
  readonly host: string;
  readonly origins: readonly string[] | undefined;
  readonly cert: string | undefined;
  readonly key: string | undefined;
  readonly staticDir: string | undefined;
  readonly pingIntervalMs: number | undefined;
  readonly roomIdleMs: number | undefined;
  readonly workshop: boolean;
  readonly help: boolean;
}

/** How to call it. */
export const usage = `Usage: node server/main.ts [options]
  --port N            port to listen on (default 8787; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --origin A,B        browser origins allowed to connect (default http://127.0.0.1:4321,http://localhost:4321)
  --cert FILE         PEM certificate: serve https and wss (needs --key)
  --key FILE          PEM private key of the certificate
  --static DIR        also serve the built site from DIR on the same origin
  --ping-interval MS  heartbeat period (default 30000)
  --room-idle MS      close rooms idle this long (default 1800000)
  --workshop          print the addresses to open from other devices
  --help              this text`;

const valued = new Set([
  '--port',
  '--host',
  '--origin',
  '--cert',
  '--key',
  '--static',
  '--ping-interval',
  '--room-idle',
]);

/** Parses the arguments, or returns what is wrong with them. */
export function parseCli(argv: readonly string[]): { ok: true; options: CliOptions } | { ok: false; problem: string } {
  const values = new Map<string, string>();
  let workshop = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--workshop') workshop = true;
    else if (name === '--help' || name === '-h') help = true;
    else if (valued.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, problem: `${name} needs a value` };
      values.set(name, value);
    } else return { ok: false, problem: `unknown option ${arg}` };
  }
  const port = whole(values.get('--port') ?? '8787', 0, 65535);
  if (port === undefined) return { ok: false, problem: '--port must be a whole number from 0 to 65535' };
  const ping = values.has('--ping-interval') ? whole(values.get('--ping-interval')!, 10, 3_600_000) : undefined;
  if (values.has('--ping-interval') && ping === undefined)
    return { ok: false, problem: '--ping-interval must be a whole number of milliseconds from 10 to 3600000' };
  const idle = values.has('--room-idle') ? whole(values.get('--room-idle')!, 10, 86_400_000) : undefined;
  if (values.has('--room-idle') && idle === undefined)
    return { ok: false, problem: '--room-idle must be a whole number of milliseconds from 10 to 86400000' };
  const cert = values.get('--cert');
  const key = values.get('--key');
  if ((cert === undefined) !== (key === undefined)) return { ok: false, problem: '--cert and --key go together' };
  const originList = values.get('--origin');
  const origins = originList
    ?.split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins ?? []) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, ''))
      return { ok: false, problem: `--origin: "${origin}" is not an origin like https://example.org:8443` };
  }
  return {
    ok: true,
    options: {
      port,
      host: values.get('--host') ?? '127.0.0.1',
      origins,
      cert,
      key,
      staticDir: values.get('--static'),
      pingIntervalMs: ping,
      roomIdleMs: idle,
      workshop,
      help,
    },
  };
}

function whole(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}
