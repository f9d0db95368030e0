/** English strings of chapter 8's call across two tabs: room, roles, the phases of one side, perfect negotiation. */
export const tabCall = {
  'tab.heading': 'This tab’s side of the call',
  'tab.transport.legend': 'How this tab reaches the other side',
  'tab.transport.broadcast': 'Another tab of this browser (BroadcastChannel, no server)',
  'tab.transport.websocket': 'Another tab or device, through the signaling server (WebSocket)',
  'tab.server.line': 'Signaling server: {url}',
  'tab.room.line': 'Room {room}',
  'tab.secondTab': 'Open this call in a second tab',
  'tab.secondTab.note': 'On another device, open the same address (with the server transport).',
  'tab.join': 'Join the room again',

  'tab.status.idle': 'Not in a room. Press Join the room again.',
  'tab.status.joining': 'Joining the room…',
  'tab.status.waiting': 'In the room, alone. Open this call in a second tab: the other side joins there.',
  'tab.status.ready': 'Both sides are in the room.',
  'tab.status.full':
    'This room is full: two tabs are already in it. Open a fresh copy of this chapter (without ?room=) to start another call.',
  'tab.status.unreachable':
    'Cannot reach the signaling server at {url}. Start it with npm run signal (or serve the site with npm start). Trying again…',
  'tab.status.failed': 'Gave up reaching the signaling server at {url}. Start it, then press Join the room again.',
  'tab.status.room-expired': 'The server closed this idle room. Press Join the room again.',
  'tab.role.caller': 'This tab calls: it came first, so it is the impolite side and the caller by hand.',
  'tab.role.callee': 'This tab answers: it came second, so it is the polite side and the callee by hand.',

  'tab.mode.legend': 'Who runs the negotiation',
  'tab.mode.by-hand': 'By hand: one API call per button, in each tab',
  'tab.mode.automatic': 'Automatic: perfect negotiation',
  'tab.mode.locked': 'The mode changes between calls only: hang up first.',
  'tab.source.legend': 'What this tab sends',
  'tab.source.camera': 'Camera',
  'tab.source.test-pattern': 'Test pattern (no camera)',
  'tab.start': 'Start',
  'tab.call': 'Call',
  'tab.glare': 'Make both sides offer at once',
  'tab.hangup': 'Hang Up',
  'tab.video.local': 'This tab (local)',
  'tab.video.remote': 'The other side (remote)',
  'tab.video.none': 'Nothing received yet.',
  'tab.states.caption': 'The four states of this tab’s RTCPeerConnection, with every value each went through',
  'tab.states.peer': 'This tab',

  'tab.steps.heading': 'By hand: this tab’s phases',
  'tab.steps.note':
    'Both tabs show every phase. A button opens only in the tab whose turn it is; the other tab says why it waits.',
  'tab.side.caller': 'caller',
  'tab.side.callee': 'callee',
  'tab.side.both': 'both sides',
  'tab.phase.create-peer': 'Create this tab’s peer connection',
  'tab.phase.add-tracks': 'Add this tab’s tracks',
  'tab.phase.create-offer': 'Create the offer',
  'tab.phase.set-local-offer': 'Set the offer locally and send it',
  'tab.phase.set-remote-offer': 'Apply the offer from the inbox',
  'tab.phase.create-answer': 'Create the answer',
  'tab.phase.set-local-answer': 'Set the answer locally and send it',
  'tab.phase.set-remote-answer': 'Apply the answer from the inbox',
  'tab.phase.add-candidates': 'Add the candidates waiting in the inbox',
  'tab.phase.hang-up': 'Hang up (both sides)',
  'tab.inbox': 'Waiting in this tab’s inbox: {descriptions} description(s), {candidates} candidate(s).',

  'tab.reason.busy': 'Another phase is still running: wait until it finishes.',
  'tab.reason.failed': 'The call failed. Press Hang Up, then start again.',
  'tab.reason.automatic': 'Automatic mode is on: perfect negotiation does this for you.',
  'tab.reason.by-hand': 'This works in automatic mode only; by hand, use the phase buttons below.',
  'tab.reason.no-room': 'This tab is not in a room with the other side yet.',
  'tab.reason.other-side': 'The other tab runs this step: it is the {role} of this call.',
  'tab.reason.peer-exists': 'This tab already has its peer connection.',
  'tab.reason.no-peer': 'Create this tab’s peer connection first.',
  'tab.reason.no-stream': 'Press Start first: there is nothing to send yet.',
  'tab.reason.has-stream': 'This tab is already sending its picture.',
  'tab.reason.tracks-added': 'The tracks are already added.',
  'tab.reason.answer-made':
    'A description is already made: tracks added now would need a new round of offer and answer.',
  'tab.reason.no-tracks': 'Add this tab’s tracks first, or the offer would carry no video.',
  'tab.reason.offer-exists': 'The offer is already made.',
  'tab.reason.not-stable': 'The connection is in {state}, not stable.',
  'tab.reason.no-offer': 'Create the offer first.',
  'tab.reason.alone': 'The other side is not in the room: what this tab sends now would reach nobody.',
  'tab.reason.no-offer-received': 'No offer in this tab’s inbox yet: the caller has to set and send its offer first.',
  'tab.reason.no-remote-offer': 'Apply the offer first (the connection is in {state}).',
  'tab.reason.answer-exists': 'The answer is already made.',
  'tab.reason.no-answer': 'Create the answer first.',
  'tab.reason.no-answer-received': 'No answer in this tab’s inbox yet: the callee has to set and send it first.',
  'tab.reason.not-waiting': 'This tab’s offer is not set (the connection is in {state}).',
  'tab.reason.no-candidates': 'No candidate is waiting in this tab’s inbox.',
  'tab.reason.candidates-early':
    'Candidates are waiting, but this tab does not know the other side’s description yet: apply it first.',
  'tab.reason.no-call': 'There is no connected automatic call yet: press Call first.',

  'tab.result.done': '{call} ran in {ms} ms.',
  'tab.result.error': '{call} failed after {ms} ms: {name}: {message}',
  'tab.result.refused': 'Not run: {reason}',
  'tab.result.aborted': '{call} was cut short by Hang Up.',

  'tab.notice.peer-left':
    'The other side left the room or lost its link to the signaling server. This tab waits: open the call again there and it comes back.',
  'tab.notice.bye':
    'The other side hung up: this tab closed its connection and stopped its camera. Start again to call again.',
  'tab.notice.reconnecting':
    'The link to the signaling server dropped. The call itself does not use it: its media still flows directly between the two sides. Reconnecting…',
  'tab.notice.reconnected': 'Back in the room: the signaling link is up again, and the call never stopped.',
  'tab.notice.transport-failed':
    'The signaling server cannot be reached. A call in progress goes on; to start a new one, start the server and join again.',
  'tab.notice.media-failed':
    'The camera did not start ({name}: {message}). Choose the test pattern, or allow the camera and press Start again.',
  'tab.notice.negotiation-failed':
    'Negotiation failed ({name}: {message}). Press Hang Up on both sides and call again.',
  'tab.notice.failed': 'The call failed ({name}: {message}). Press Hang Up, then start again.',

  'tab.note.heading': 'What perfect negotiation did',
  'tab.note.empty': 'Nothing yet. Choose Automatic, press Start in both tabs, then Call in one.',
  'tab.note.offer-sent': 'negotiationneeded: setLocalDescription() made an offer, sent to the other side.',
  'tab.note.answer-sent': 'Applied the other side’s offer; setLocalDescription() made the answer, sent back.',
  'tab.note.collision.ignored':
    'Glare: an offer arrived while this tab had its own out. This side is impolite, so it ignored the other’s offer.',
  'tab.note.collision.rolled-back':
    'Glare: an offer arrived while this tab had its own out. This side is polite: setRemoteDescription rolled its own offer back and took the other’s.',
  'tab.note.ice-restart': 'ICE failed: restartIce() asks for a new negotiation with fresh ICE credentials.',
  'tab.note.error': 'Error: {name}: {message}',

  'tab.log.heading': 'Signaling messages',
  'tab.log.empty': 'No message yet.',
} as const;
