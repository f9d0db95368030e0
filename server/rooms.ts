/**
 * Rooms of at most two members. The first member of an empty room is impolite; a member who joins someone is given
 * the opposite role of that someone, so the pair always has one polite and one impolite side, even after the first
 * member left and a new one came. A member may join with a rejoin key; a later join to the full room with the same
 * key takes that member's place (its connection died without the server noticing) with the same role.
 */

/** A member as the registry sees it; the server keeps its socket elsewhere. */
export interface Member {
  readonly id: string;
}

/** A room and when something last happened in it (milliseconds on the server's clock). */
interface Room<M extends Member> {
  readonly id: string;
  readonly members: { member: M; readonly polite: boolean; readonly rejoin: string | undefined }[];
  lastActivity: number;
}

/** What a join did. */
export type JoinResult<M extends Member> =
  | { readonly kind: 'joined'; readonly polite: boolean; readonly peers: 1 | 2; readonly other: M | undefined }
  | { readonly kind: 'rejoined'; readonly polite: boolean; readonly replaced: M }
  | { readonly kind: 'full' }
  | { readonly kind: 'already-joined' };

/** Compares two keys in time that does not depend on where they first differ. */
function sameKey(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Every room of one server, and which room each member is in. */
export class RoomRegistry<M extends Member> {
  readonly #rooms = new Map<string, Room<M>>();
  readonly #roomOf = new Map<string, Room<M>>();

  /** How many rooms exist. */
  get size(): number {
    return this.#rooms.size;
  }

  /**
   * Adds `member` to room `roomId`, creating the room if needed. In a full room, a member that joined with the same
   * `rejoin` key is replaced by `member` (same role); the caller closes the replaced member's connection.
   */
  join(roomId: string, member: M, now: number, rejoin?: string): JoinResult<M> {
    if (this.#roomOf.has(member.id)) return { kind: 'already-joined' };
    let room = this.#rooms.get(roomId);
    if (!room) {
      room = { id: roomId, members: [], lastActivity: now };
      this.#rooms.set(roomId, room);
    }
    if (room.members.length >= 2) {
      const mine = rejoin === undefined ? undefined : room.members.find((m) => m.rejoin && sameKey(m.rejoin, rejoin));
      if (!mine) return { kind: 'full' };
      const replaced = mine.member;
      this.#roomOf.delete(replaced.id);
      mine.member = member;
      room.lastActivity = now;
      this.#roomOf.set(member.id, room);
      return { kind: 'rejoined', polite: mine.polite, replaced };
    }
    const present = room.members[0];
    const polite = present ? !present.polite : false;
    room.members.push({ member, polite, rejoin });
    room.lastActivity = now;
    this.#roomOf.set(member.id, room);
    return { kind: 'joined', polite, peers: present ? 2 : 1, other: present?.member };
  }

  /** Removes `member` from its room; returns the room's id and the member left behind, if any. */
  leave(member: M): { readonly room: string; readonly other: M | undefined } | undefined {
    const room = this.#roomOf.get(member.id);
    if (!room) return undefined;
    this.#roomOf.delete(member.id);
    const index = room.members.findIndex((m) => m.member.id === member.id);
    if (index >= 0) room.members.splice(index, 1);
    if (room.members.length === 0) this.#rooms.delete(room.id);
    return { room: room.id, other: room.members[0]?.member };
  }

  /** The room `member` is in, if any. */
  roomOf(member: M): string | undefined {
    return this.#roomOf.get(member.id)?.id;
  }

  /** The other member of `member`'s room, and marks the room active. */
  peerOf(member: M, now: number): M | undefined {
    const room = this.#roomOf.get(member.id);
    if (!room) return undefined;
    room.lastActivity = now;
    return room.members.find((m) => m.member.id !== member.id)?.member;
  }

  /** Removes the rooms idle since `idleMs` or longer; returns each with the members it had. */
  expire(now: number, idleMs: number): { readonly room: string; readonly members: M[] }[] {
    const expired: { room: string; members: M[] }[] = [];
    for (const room of this.#rooms.values()) {
      if (now - room.lastActivity < idleMs) continue;
      const members = room.members.map((m) => m.member);
      for (const member of members) this.#roomOf.delete(member.id);
      this.#rooms.delete(room.id);
      expired.push({ room: room.id, members });
    }
    return expired;
  }
}
