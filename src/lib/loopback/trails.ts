import { stateNames, type PeerId, type StateName } from '../call/types';

/** Every value each of both peers' four states went through, in order. */
export type Trails = Record<PeerId, Record<StateName, string[]>>;

/** Trails with nothing in them. */
export function createTrails(): Trails {
  const perPeer = () =>
    Object.fromEntries(stateNames.map((name) => [name, [] as string[]])) as Record<StateName, string[]>;
  return { local: perPeer(), remote: perPeer() };
}

/** Adds a value to a trail unless it repeats the last one; true when it was added. */
export function recordState(trails: Trails, peer: PeerId, name: StateName, value: string): boolean {
  const trail = trails[peer][name];
  if (trail.at(-1) === value) return false;
  trail.push(value);
  return true;
}
