/** Build-time access to every call's spec and to the source files the step boxes show. */
import { dataLoopback } from '../lib/calls/data-loopback/spec';
import { videoLoopback } from '../lib/calls/video-loopback/spec';
import type { CallSpec } from '../lib/runner/types';

/** Every call a page can embed, by id. */
// The specs' context and view types differ per call; a page only reads their data, so `unknown` is enough here.
export const callSpecs: Readonly<Record<string, CallSpec<never, never>>> = {
  [videoLoopback.id]: videoLoopback as unknown as CallSpec<never, never>,
  [dataLoopback.id]: dataLoopback as unknown as CallSpec<never, never>,
};

const sources = import.meta.glob<string>('../lib/calls/*/*.ts', { query: '?raw', import: 'default', eager: true });

/** The spec of a call, or a build error naming the unknown id. */
export function callSpec(id: string): CallSpec<never, never> {
  const spec = callSpecs[id];
  if (!spec) throw new Error(`No call named ${id}; known: ${Object.keys(callSpecs).join(', ')}`);
  return spec;
}

/** The text of a file under src/lib, as the step boxes show it. */
export function libSource(path: string): string {
  const text = sources[`../lib/${path}`];
  if (text === undefined) throw new Error(`No source file src/lib/${path}`);
  return text;
}
