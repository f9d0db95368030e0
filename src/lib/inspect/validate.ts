import type { CallEvent, HintCode } from '../call/types';
import { peerIds, stateNames } from '../call/types';
import { callPhases, firstCall } from '../calls/catalog';
import { logFormat, logVersion, type CallLog } from './log';

/** Why a file is not a call log we can replay; the UI turns each code into a sentence. */
export type LogProblem =
  | { readonly code: 'too-large' }
  | { readonly code: 'not-json' }
  | { readonly code: 'foreign' }
  | { readonly code: 'newer-version'; readonly version: number }
  | { readonly code: 'bad-version' }
  | { readonly code: 'bad-field'; readonly field: string }
  | { readonly code: 'unknown-call'; readonly call: string }
  | { readonly code: 'no-events' }
  | { readonly code: 'bad-event'; readonly index: number; readonly field: string }
  | { readonly code: 'bad-sample'; readonly index: number; readonly field: string };

export type LogResult =
  { readonly ok: true; readonly log: CallLog } | { readonly ok: false; readonly problem: LogProblem };

/** Logs larger than this are refused before parsing (an hour of stats is about 4 MB). */
export const maxLogChars = 20_000_000;

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNumOrNull = (v: unknown) => v === null || isNum(v);
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const oneOf =
  (values: readonly unknown[]) =>
  (v: unknown): boolean =>
    values.includes(v);
const isPeer = oneOf(peerIds);
const hintCodes: readonly HintCode[] = ['candidates-waiting'];

/** Field name -> check; `check(value)` returns the first field that fails, or null. */
type Shape = Readonly<Record<string, (v: unknown) => boolean>>;
const firstBadField = (value: Obj, shape: Shape): string | null =>
  Object.keys(shape).find((field) => !shape[field]!(value[field])) ?? null;

const isError = (v: unknown) => isObj(v) && isStr(v['name']) && isStr(v['message']);
const isCandidate = (v: unknown) =>
  isObj(v) &&
  firstBadField(v, {
    candidate: isStr,
    sdpMid: isStrOrNull,
    sdpMLineIndex: isNumOrNull,
    usernameFragment: (u) => u === undefined || isStrOrNull(u),
  }) === null;

const eventShapes = (phases: readonly string[]): Readonly<Record<CallEvent['type'], Shape>> => ({
  'api-call': {
    status: oneOf(['start', 'success', 'failure']),
    id: isNum,
    phase: oneOf(phases),
    peer: (v) => v === null || isPeer(v),
    call: isStr,
  },
  state: { peer: isPeer, name: oneOf(stateNames), value: isStr },
  'candidate-gathered': { peer: isPeer, candidate: (v) => v === null || isCandidate(v) },
  'candidate-delivered': { peer: isPeer, candidate: isCandidate },
  description: {
    peer: isPeer,
    side: oneOf(['local', 'remote']),
    sdpType: oneOf(['offer', 'answer', 'pranswer', 'rollback']),
    sdp: isStr,
  },
  track: { peer: isPeer, kind: isStr },
  'first-frame': { width: isNum, height: isNum },
  'call-status': { status: oneOf(['idle', 'active', 'failed', 'ended']), reason: (v) => v === null || isError(v) },
  hint: { code: oneOf(hintCodes), peer: (v) => v === null || isPeer(v) },
});

function badEventField(event: unknown, shapes: Readonly<Record<CallEvent['type'], Shape>>): string | null {
  if (!isObj(event)) return '(not an object)';
  const type = event['type'];
  if (!isStr(type) || !(type in shapes)) return 'type';
  if (!isNum(event['at'])) return 'at';
  const bad = firstBadField(event, shapes[type as CallEvent['type']]);
  if (bad !== null || type !== 'api-call' || event['status'] === 'start') return bad;
  if (!isNum(event['durationMs'])) return 'durationMs';
  return event['status'] === 'failure' && !isError(event['error']) ? 'error' : null;
}

const isEndpoint = (v: unknown) =>
  isObj(v) && firstBadField(v, { address: isStr, port: isNum, type: isStr, protocol: isStr }) === null;
const streamShape: Shape = {
  key: isStr,
  peer: isPeer,
  direction: oneOf(['send', 'receive']),
  kind: oneOf(['audio', 'video']),
  codec: isStrOrNull,
  width: isNumOrNull,
  height: isNumOrNull,
  fps: isNumOrNull,
  bytes: isNum,
  timestamp: isNum,
  bitrate: isNumOrNull,
  packetsLost: isNumOrNull,
  jitter: isNumOrNull,
  rtt: isNumOrNull,
  framesDecoded: isNumOrNull,
};
const pairShape: Shape = { peer: isPeer, local: isEndpoint, remote: isEndpoint, rtt: isNumOrNull };

function badSampleField(sample: unknown): string | null {
  if (!isObj(sample)) return '(not an object)';
  if (!isNum(sample['at'])) return 'at';
  const { streams, pairs } = sample;
  if (!Array.isArray(streams)) return 'streams';
  if (!Array.isArray(pairs)) return 'pairs';
  for (const [i, stream] of streams.entries()) {
    const bad = isObj(stream) ? firstBadField(stream, streamShape) : '';
    if (bad !== null) return `streams[${i}]${bad ? `.${bad}` : ''}`;
  }
  for (const [i, pair] of pairs.entries()) {
    const bad = isObj(pair) ? firstBadField(pair, pairShape) : '';
    if (bad !== null) return `pairs[${i}]${bad ? `.${bad}` : ''}`;
  }
  return null;
}

const fail = (problem: LogProblem): LogResult => ({ ok: false, problem });

/** Checks that `value` is a call log this version can replay, and says what is wrong when it is not. */
export function validateCallLog(value: unknown): LogResult {
  if (!isObj(value) || value['format'] !== logFormat) return fail({ code: 'foreign' });
  const version = value['version'];
  if (!isNum(version) || !Number.isInteger(version) || version < 1) return fail({ code: 'bad-version' });
  if (version > logVersion) return fail({ code: 'newer-version', version });
  for (const field of ['savedAt', 'userAgent'] as const) {
    if (!isStr(value[field])) return fail({ code: 'bad-field', field });
  }
  // Version 1 logs predate the `call` field: they all hold chapter 5's call.
  const call = version === 1 ? firstCall : value['call'];
  if (!isStr(call)) return fail({ code: 'bad-field', field: 'call' });
  const phases = callPhases[call];
  if (!phases) return fail({ code: 'unknown-call', call });
  const shapes = eventShapes(phases);
  const { events, stats } = value;
  if (!Array.isArray(events)) return fail({ code: 'bad-field', field: 'events' });
  if (!Array.isArray(stats)) return fail({ code: 'bad-field', field: 'stats' });
  if (events.length === 0) return fail({ code: 'no-events' });
  for (const [index, event] of events.entries()) {
    const field = badEventField(event, shapes);
    if (field !== null) return fail({ code: 'bad-event', index, field });
  }
  for (const [index, sample] of stats.entries()) {
    const field = badSampleField(sample);
    if (field !== null) return fail({ code: 'bad-sample', index, field });
  }
  return { ok: true, log: { ...(value as unknown as CallLog), version: logVersion, call } };
}

/** Parses and checks a saved file's text. Never throws. */
export function readCallLog(text: string): LogResult {
  if (text.length > maxLogChars) return fail({ code: 'too-large' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  return validateCallLog(value);
}
