/** The round trip of a small message: Alice sends, Bob's end echoes it back, Alice times the return. */

/** The ends a ping needs: one that sends and hears the echo, one that echoes. */
export interface PingEnds {
  readonly from: EventTarget & { send(data: string): void; readonly readyState: RTCDataChannelState };
  readonly to: EventTarget & { send(data: string): void; readonly readyState: RTCDataChannelState };
}

/** Sends `count` pings one after another and returns each round trip in ms; stops early if a side closes. */
export async function pingPong(
  { from, to }: PingEnds,
  count: number,
  now: () => number,
  signal: AbortSignal,
): Promise<number[]> {
  // One listener per side for the whole run: the loop only swaps the function that the next echo settles.
  let settle: (back: boolean) => void = () => undefined;
  const echo = (event: Event) => {
    if (to.readyState === 'open') to.send(String((event as MessageEvent<string>).data));
  };
  const onBack = () => settle(true);
  const onClose = () => settle(false);
  to.addEventListener('message', echo);
  from.addEventListener('message', onBack);
  from.addEventListener('close', onClose);
  signal.addEventListener('abort', onClose);
  const rtts: number[] = [];
  try {
    for (let i = 0; i < count && !signal.aborted && from.readyState === 'open'; i++) {
      const sent = now();
      const back = await new Promise<boolean>((resolve) => {
        settle = resolve;
        from.send(`ping ${i}`);
      });
      if (!back) break;
      rtts.push(now() - sent);
    }
  } finally {
    to.removeEventListener('message', echo);
    from.removeEventListener('message', onBack);
    from.removeEventListener('close', onClose);
    signal.removeEventListener('abort', onClose);
  }
  return rtts;
}

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
