import { isRoomId } from '../../lib/signaling/room-id';

/** The transports of the lab, as the radio values and the `?transport=` parameter name them. */
export const labTransports = ['broadcast', 'websocket', 'manual'] as const;
export type LabTransport = (typeof labTransports)[number];

/** Whether a string names one of the lab's transports. */
export function isLabTransport(value: string | null): value is LabTransport {
  return labTransports.some((kind) => kind === value);
}

/** What the page's address asks for: a room id if a valid one is there, a transport if one is named. */
export function readRoomLink(href: string): { room: string | null; transport: LabTransport | null } {
  const params = new URL(href).searchParams;
  const room = params.get('room');
  const transport = params.get('transport');
  return { room: isRoomId(room) ? room : null, transport: isLabTransport(transport) ? transport : null };
}

/** The page's address for a room and transport, keeping every other parameter (such as `?signal=`). */
export function roomLink(href: string, room: string, transport: LabTransport): string {
  const url = new URL(href);
  url.searchParams.set('room', room);
  if (transport === 'broadcast') url.searchParams.delete('transport');
  else url.searchParams.set('transport', transport);
  url.hash = '';
  return url.href;
}
