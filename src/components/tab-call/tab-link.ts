import type { TabTransport } from '../../lib/calls/tab-call/session';

/** The carriers chapter 8 offers, as the radio values and the `?transport=` parameter name them. */
export const tabTransports = ['broadcast', 'websocket'] as const satisfies readonly TabTransport[];

/** Whether a string names one of chapter 8's carriers. */
export function isTabTransport(value: string | null | undefined): value is TabTransport {
  return tabTransports.some((kind) => kind === value);
}
