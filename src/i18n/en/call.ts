/** English strings of chapter 5: the call stage, phases, reasons, mistakes. */
export const call = {
  'call.peer.local': 'Alice',
  'call.peer.local.role': 'the caller, local peer',
  'call.peer.remote': 'Bob',
  'call.peer.remote.role': 'the callee, remote peer',
  'call.video.local': 'Alice’s camera (local stream)',
  'call.video.remote': 'What Bob receives (remote stream)',
  'call.video.replay':
    'A saved call keeps no video: its file holds the states, descriptions, candidates and statistics, not the pictures.',
  'call.stage.heading': 'The call',
  'call.states.caption': 'The four states of each peer connection, with the values each went through',
  'call.outbox': 'Outbox',
  'call.outbox.count': '{n} waiting',
  'call.outbox.empty': 'No candidate waiting',
  'call.outbox.deliverToBob': 'Deliver one to Bob',
  'call.outbox.deliverToAlice': 'Deliver one to Alice',
  'call.source.label': 'Video source',
  'call.source.camera': 'Camera',
  'call.source.pattern': 'Test pattern (no camera needed)',
  'call.source.usePattern': 'Use the test pattern instead',
  'call.mistakeMode': 'Mistake mode: let me run any step at any time',
  'call.reset': 'Reset the call',
  'call.leave': 'Make Bob leave (close his connection)',
  'call.status.idle': 'No call yet. Start with the first step.',
  'call.status.active': 'Call in progress.',
  'call.status.ended': 'Call ended. Every track is stopped and both connections are closed. You can start again.',
  'call.status.replay':
    'Showing a saved call: these states come from its file. Running a step or pressing a button here goes back to the live call.',
  'call.status.failed': 'The call stopped because something went wrong:',
  'call.status.failedNext': 'Reset the call to start again.',
  'call.status.busy': 'Running {call}…',
  'call.result.done': '{call} finished in {ms} ms.',
  'call.result.error': '{call} was rejected after {ms} ms: {name}: {message}',
  'call.result.refused': 'Not run: {reason}',
  'call.result.aborted': '{call} was cut short by the hang-up.',
  'call.justRan': 'just ran',
  'call.phase.get-user-media': 'Get the local stream',
  'call.phase.create-peers': 'Create both peer connections',
  'call.phase.add-tracks': 'Add the tracks to Alice’s connection',
  'call.phase.create-offer': 'Alice creates the offer',
  'call.phase.set-local-offer': 'Alice sets the offer as her local description',
  'call.phase.set-remote-offer': 'Bob sets the offer as his remote description',
  'call.phase.create-answer': 'Bob creates the answer',
  'call.phase.set-local-answer': 'Bob sets the answer as his local description',
  'call.phase.set-remote-answer': 'Alice sets the answer as her remote description',
  'call.phase.exchange-ice': 'Deliver the waiting candidates, both ways',
  'call.phase.hang-up': 'Hang up',
  'call.reason.busy': 'Wait: the previous step ({phase}) is still running.',
  'call.reason.failed': 'The call failed. Reset it to start again.',
  'call.reason.has-stream': 'There is already a local stream. Hang up to start over.',
  'call.reason.no-stream': 'There is no local stream yet: get one first.',
  'call.reason.peers-exist':
    'The peer connections already exist (Alice’s signalingState is {state}). Hang up to start over.',
  'call.reason.no-peers': 'There are no peer connections yet: create them first.',
  'call.reason.tracks-added': 'Alice’s connection already sends these tracks; adding the same track twice is an error.',
  'call.reason.offer-exists':
    'Alice has already made her offer (signalingState is {state}); tracks or a new offer now would need a new negotiation.',
  'call.reason.no-tracks':
    'Alice has nothing to send yet: add the tracks before the offer, so the offer describes them.',
  'call.reason.no-offer': 'There is no offer yet: Alice has to create one first.',
  'call.reason.alice-not-stable': 'Alice is not ready for a new offer (signalingState is {state}).',
  'call.reason.offer-not-set-locally':
    'Alice has not committed to her offer yet (signalingState is {state}): she sets it locally before sending it.',
  'call.reason.bob-not-stable': 'Bob already has an offer (signalingState is {state}).',
  'call.reason.bob-no-offer': 'Bob can’t answer yet: he has no remote offer (signalingState is {state}).',
  'call.reason.answer-exists': 'Bob has already made his answer.',
  'call.reason.no-answer': 'There is no answer yet: Bob has to create one first.',
  'call.reason.alice-not-waiting': 'Alice isn’t waiting for an answer (signalingState is {state}).',
  'call.reason.answer-not-set-locally':
    'Bob has not committed to his answer yet (signalingState is {state}): he sets it locally before sending it.',
  'call.reason.no-candidates':
    'No candidate is waiting. Candidates appear after setLocalDescription (iceGatheringState is {state}).',
  'call.reason.candidates-early':
    'The receiver can’t use candidates before it has the other side’s description (its signalingState is {state}).',
  'call.mistake.heading': 'The browser said no',
  'call.mistake.candidate-before-description':
    'addIceCandidate() rejected with InvalidStateError: a candidate only makes sense for a session the receiver already knows, and it does not know one until setRemoteDescription(). Deliver candidates after the receiver has set the other side’s description.',
  'call.mistake.answer-without-offer':
    'The answer was refused with InvalidStateError: Bob can only create or set an answer while he holds a remote offer (signalingState have-remote-offer). Set Alice’s offer on Bob first.',
  'call.mistake.answer-to-nobody':
    'setRemoteDescription(answer) was refused with InvalidStateError: Alice only accepts an answer while she is waiting for one (signalingState have-local-offer). Set the offer on Alice first, and set each answer once.',
  'call.mistake.track-added-twice':
    'addTrack() threw InvalidAccessError: this connection already has a sender for that track. Add each track once; to send it again after a change, use the existing sender’s replaceTrack().',
  'call.mistake.offer-in-wrong-state':
    'The offer was refused with InvalidStateError: the connection is not in a state where it can start an offer. Offers start from signalingState stable.',
  'call.mistake.description-in-wrong-state':
    'setRemoteDescription(offer) was refused: Bob is not in a state where he can take a new offer. Offers are taken in signalingState stable.',
  'call.mistake.nothing-received':
    "Nothing of that kind has arrived in this peer's inbox yet: the other peer sends its description when it sets it as its local description. Run that step first; here the inbox is the signaling channel.",
  'call.mistake.other':
    'The browser rejected this step. Its error name and message above are the most precise description of why. Reset the call and follow the order of the steps.',
  'call.mistake.none':
    'This step ran out of order, and the browser accepted it. Look at the states to see what changed.',
  'call.hint.candidates-waiting':
    'ICE has been trying for a while, but candidates are still waiting in an outbox. A peer that holds none of the other side’s addresses has nothing to check: deliver the candidates. One direction is often enough, because the peer that receives checks learns the sender’s address from them (a peer-reflexive candidate).',
  'call.explain.disconnected':
    '{peer} lost contact with the other side: no answer to its connectivity checks for a few seconds. It may come back; if not, it turns failed after a further wait whose length depends on the browser.',
  'call.explain.failed':
    '{peer} gave up: ICE found no working path for too long. A real app would now restart ICE or hang up.',
  'call.explain.closed': '{peer}’s connection is closed. It sends and receives nothing any more.',
  'call.explain.checking': '{peer} is testing pairs of candidates to find a path.',
  'call.quick.start': 'Start',
  'call.quick.call': 'Call',
  'call.quick.hangup': 'Hang Up',
  'call.quick.log': 'Trace',
  'call.quick.setup': 'Setup time (Call to first remote frame)',
  'call.quick.setupNone': 'not measured yet',
  'call.quick.setupValue': '{ms} ms',
  'call.announce.state': '{peer}: {name} is now {value}.',
  'call.announce.frame': 'The first frame arrived at Bob.',
  'call.machines.heading': 'What the four states tell you',
  'call.machines.signalingState':
    'Negotiation: where this peer is in the offer/answer exchange. stable means no offer is pending.',
  'call.machines.iceGatheringState':
    'Gathering: whether this peer is still looking for its own network addresses (candidates).',
  'call.machines.iceConnectionState':
    'The ICE path: whether the connectivity checks between candidate pairs found a route.',
  'call.machines.connectionState':
    'Overall: ICE and the DTLS handshake both done. When it reads connected, encrypted media can flow; this is the one to watch.',
  'call.stage.expand': 'Show all',
  'call.stage.collapse': 'Show less',
  'call.leave.none': 'Bob has no open connection to close yet.',
  'call.result.next': 'Next: {next}.',
  'call.trace.start': '{call} start',
  'call.trace.ok': '{call} ok ({ms} ms)',
  'call.trace.failed': '{call} failed: {name}: {message}',
  'call.trace.gathered': 'candidate gathered: {candidate}',
  'call.trace.gatheringComplete': 'gathering complete',
  'call.trace.delivered': 'candidate delivered to the other peer',
  'call.trace.description.local': 'local description set ({type})',
  'call.trace.description.remote': 'remote description set ({type})',
  'call.trace.track': 'received a remote {kind} track',
  'call.trace.firstFrame': 'first remote frame {width}×{height}',
  'call.trace.status': 'call {status}',
  'call.trace.statusWhy': 'call {status}: {message}',
  'call.trace.hint': 'hint: {code}',
} as const;
