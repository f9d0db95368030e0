/** English strings of the call inspectors: SDP, candidates, stats, sequence, save and replay. */
export const inspect = {
  'inspect.heading': 'Inside the call',
  'inspect.intro':
    'What chrome://webrtc-internals shows an expert, made readable: the offer and answer, the addresses tried, the live numbers, and the order the messages travelled. Each part fills in as the call runs.',
  'inspect.peer.local': 'Alice',
  'inspect.peer.remote': 'Bob',
  'inspect.lane.signaling': 'Signaling (this page)',
  'inspect.ms': '{value} ms',

  'inspect.log.save': 'Save this call',
  'inspect.log.saveHint': 'Downloads everything shown here as a JSON file you can open again later, without a camera.',
  'inspect.log.open': 'Open a saved call',
  'inspect.log.live': 'Back to the live call',
  'inspect.log.saved': 'Saved as {file}.',
  'inspect.log.replaying': 'Showing a call saved on {date}. The camera and the connection are not used.',
  'inspect.log.nothingToSave': 'There is nothing to save yet: run a call first.',
  'inspect.log.problem': 'This file cannot be opened: {reason} Nothing on the page has changed.',
  'inspect.log.too-large': 'it is too large to be a saved call.',
  'inspect.log.not-json': 'it is not JSON, so it cannot be a saved call.',
  'inspect.log.foreign':
    'it is not a call saved by this tutorial (its "format" is not "webrtc-step-by-step/call-log").',
  'inspect.log.newer-version':
    'it was saved by a newer version of this tutorial (log version {version}); this page reads version 1.',
  'inspect.log.bad-version': 'its "version" is not a version number.',
  'inspect.log.bad-field': 'its "{field}" field is missing or has the wrong type.',
  'inspect.log.unknown-call': 'it holds a kind of call ("{call}") that this version of the site cannot show.',
  'inspect.log.no-events': 'it holds no events.',
  'inspect.log.bad-event': 'event number {index} is damaged (field "{field}").',
  'inspect.log.bad-sample': 'statistics sample number {index} is damaged (field "{field}").',
  'inspect.log.unreadable': 'the browser could not read it.',

  'inspect.sdp.heading': 'Offer and answer (SDP)',
  'inspect.sdp.intro':
    'Session Description Protocol: the text each peer writes about itself. Point at, focus or tap a line to see what it means; use the arrow keys to move between lines.',
  'inspect.sdp.offer': 'Offer',
  'inspect.sdp.answer': 'Answer',
  'inspect.sdp.noOffer': 'No offer yet: it appears here when Alice sets it as her local description.',
  'inspect.sdp.noAnswer': 'No answer yet: it appears here when Bob sets it as his local description.',
  'inspect.sdp.setAsLocal': '{peer} set it as local description.',
  'inspect.sdp.setAsRemote': '{peer} set it as remote description.',
  'inspect.sdp.differs': 'The text {peer} received is not the same as the text that was sent; shown is what was sent.',
  'inspect.sdp.session': 'Session',
  'inspect.sdp.section': 'Media section {index}: {media}, mid {mid}',
  'inspect.sdp.lines': '{count} lines',
  'inspect.sdp.explainHint': 'Point at, focus or tap a line above to see what it means.',
  'inspect.sdp.unknownMark': 'not explained',
  'inspect.sdp.diff.heading': 'What the answer changed',
  'inspect.sdp.diff.what': 'What',
  'inspect.sdp.diff.codecs': 'Codecs',
  'inspect.sdp.diff.direction': 'Direction',
  'inspect.sdp.diff.setup': 'DTLS role (a=setup)',
  'inspect.sdp.diff.first': 'used for sending: {codec}',
  'inspect.sdp.diff.dropped': 'dropped: {codecs}',
  'inspect.sdp.diff.allKept': 'the answer kept them all',
  'inspect.sdp.diff.rejected': 'The answer turned this section down: no media flows here.',
  'inspect.sdp.dir.sendrecv': '{peer} sends and receives',
  'inspect.sdp.dir.sendonly': '{peer} only sends',
  'inspect.sdp.dir.recvonly': '{peer} only receives',
  'inspect.sdp.dir.inactive': '{peer} neither sends nor receives',
  'inspect.sdp.role.actpass': '{peer} lets the other side choose',
  'inspect.sdp.role.active': '{peer} starts the DTLS handshake (client)',
  'inspect.sdp.role.passive': '{peer} waits for the DTLS handshake (server)',
  'inspect.sdp.role.holdconn': '{peer} holds off the DTLS connection',

  'inspect.sdp.version': 'Protocol version. It is always 0: SDP never got a version 1.',
  'inspect.sdp.origin':
    'Origin: who made this description. The browser writes "-" as user name and a random session id ({sessionId}) that stays the same for the whole call; the version ({sessionVersion}) goes up each time the description changes. The address ({address}) is a placeholder: the real addresses are in the candidates.',
  'inspect.sdp.session-name': 'Session name. WebRTC does not use it, so browsers write "{name}".',
  'inspect.sdp.timing': 'Timing: when the session starts and stops ({start} {stop}).',
  'inspect.sdp.timing.unbounded': '"0 0" means it is not scheduled: it lasts until someone hangs up.',
  'inspect.sdp.connection':
    'Connection address ({address}) for this media section. ICE candidates decide the real address; this line stays for old software.',
  'inspect.sdp.connection.placeholder': '0.0.0.0 is a placeholder: no address is known yet.',
  'inspect.sdp.bandwidth': 'Bandwidth limit for this section: {value}.',
  'inspect.sdp.media':
    'Media line: a new media section starts here, for {media}. Port {port}, transport {protocol} (RTP, encrypted with SRTP keys agreed over DTLS, with feedback), and the {count} payload types that may be used, in order of preference.',
  'inspect.sdp.media.rejected': 'Port 0 means this section is turned down: no media will flow in it.',
  'inspect.sdp.media.placeholder': 'Port 9 is a placeholder ("discard"): the real ports are in the candidates.',
  'inspect.sdp.application':
    'Media line for data: this section carries data channels, not audio or video. Port {port}, transport {protocol} (SCTP messages inside DTLS, inside UDP), format "{format}": WebRTC data channels. One section holds every data channel of the connection.',
  'inspect.sdp.application.rejected': 'Port 0 means this section is turned down: no data channel can open.',
  'inspect.sdp.application.placeholder': 'Port 9 is a placeholder ("discard"): the real ports are in the candidates.',
  'inspect.sdp.group': 'Groups media sections ({mids}) by the rule {semantics}.',
  'inspect.sdp.group.bundle':
    'BUNDLE: all these sections share one connection, one port and one ICE negotiation, instead of one each. Fewer connections, faster setup.',
  'inspect.sdp.extmap-allow-mixed':
    'RTP header extensions may come in both their short and long form within one stream.',
  'inspect.sdp.msid-semantic': 'Media stream ids follow the "{semantics}" rule; streams named here: {streams}.',
  'inspect.sdp.rtcp':
    'Where RTCP (the control messages about the media) would go: port {port}. With rtcp-mux it shares the media port, so this is a placeholder.',
  'inspect.sdp.candidate':
    'An ICE candidate inside the description: an address ({address}, port {port}, {protocol}) where this peer can be reached, of type {type}.',
  'inspect.sdp.candidate.host': 'host: an address of this device itself.',
  'inspect.sdp.candidate.srflx': 'srflx (server reflexive): the public address a STUN server saw, outside the NAT.',
  'inspect.sdp.candidate.prflx':
    'prflx (peer reflexive): an address the other peer saw during the connectivity checks.',
  'inspect.sdp.candidate.relay': 'relay: an address on a TURN server that forwards the media.',
  'inspect.sdp.candidate.mdns':
    'The ".local" name hides this device’s real IP address from the page (mDNS). Any device on the same local network can resolve it; Chrome uses such names until the page has camera or microphone permission, which is why they appear when you use the test pattern without allowing the camera.',
  'inspect.sdp.end-of-candidates': 'End of candidates: this peer has found all the addresses it will offer.',
  'inspect.sdp.ice-ufrag':
    'ICE user name fragment ({ufrag}). The other peer puts it in its connectivity checks, so that each side knows the checks belong to this call.',
  'inspect.sdp.ice-pwd':
    'ICE password ({length} characters). It signs the connectivity checks, so no one who has not seen this description can fake them.',
  'inspect.sdp.ice-options': 'ICE options this peer supports: {options}.',
  'inspect.sdp.ice-options.trickle':
    'trickle: candidates may arrive one by one after the description, instead of all inside it.',
  'inspect.sdp.ice-lite': 'This peer runs a simplified ICE (ice-lite), as servers often do: it only answers checks.',
  'inspect.sdp.fingerprint':
    'Fingerprint ({algorithm}) of this peer’s DTLS certificate. During the encrypted handshake the other peer checks that the certificate matches it: that is what ties the encryption to this signaling.',
  'inspect.sdp.setup': 'DTLS role: {role}. It says who starts the encrypted handshake.',
  'inspect.sdp.setup.actpass': '"Either way": the offer lets the answer choose.',
  'inspect.sdp.setup.active': 'This peer starts the handshake: it is the DTLS client.',
  'inspect.sdp.setup.passive': 'This peer waits for the other to start: it is the DTLS server.',
  'inspect.sdp.setup.holdconn': 'No connection for now.',
  'inspect.sdp.mid':
    'Media id "{mid}": the name of this section. Candidates and BUNDLE refer to sections by it, and RTP packets carry it.',
  'inspect.sdp.extmap': 'RTP header extension number {id}: a small extra field in each packet, defined by {uri}.',
  'inspect.sdp.extmap.audio-level':
    'It carries how loud the audio in the packet is, so a receiver can spot speakers without decoding.',
  'inspect.sdp.extmap.abs-send-time': 'It carries the exact send time, used to estimate the available bandwidth.',
  'inspect.sdp.extmap.transport-cc':
    'It numbers packets across the connection so the receiver can report what arrived when (congestion control).',
  'inspect.sdp.extmap.mid':
    'It carries the media id, so a receiver knows which section a packet belongs to when sections share one port.',
  'inspect.sdp.extmap.toffset': 'It carries the offset between capture and send time.',
  'inspect.sdp.extmap.video-orientation':
    'It carries the camera’s rotation, so the receiver can turn the picture upright.',
  'inspect.sdp.extmap.playout-delay': 'It lets the sender ask for a shorter or longer playout delay.',
  'inspect.sdp.extmap.video-content-type': 'It says whether the video is a camera or a screen share.',
  'inspect.sdp.extmap.video-timing': 'It carries timing of frames through the encoder, for statistics.',
  'inspect.sdp.extmap.color-space': 'It carries the colour space of the video.',
  'inspect.sdp.extmap.rtp-stream-id':
    'It names the stream (rid), used when one track is sent in several qualities (simulcast).',
  'inspect.sdp.extmap.repaired-rtp-stream-id': 'It names the stream that a retransmission repairs.',
  'inspect.sdp.extmap.abs-capture-time': 'It carries when the media was captured, for synchronisation.',
  'inspect.sdp.extmap.dependency-descriptor': 'It says how video frames depend on each other (AV1 and scalable video).',
  'inspect.sdp.direction': 'Direction of this section, from the point of view of the peer that wrote it.',
  'inspect.sdp.direction.sendrecv': 'sendrecv: it will send and receive.',
  'inspect.sdp.direction.sendonly': 'sendonly: it will only send.',
  'inspect.sdp.direction.recvonly':
    'recvonly: it will only receive. In an answer, this is how the callee says "I have nothing to send back".',
  'inspect.sdp.direction.inactive': 'inactive: nothing flows either way.',
  'inspect.sdp.msid':
    'Which stream and track this section carries: stream {stream}, track {track}. The receiver uses it to group tracks into the same MediaStream (the one in the track event).',
  'inspect.sdp.rtcp-mux': 'RTP and RTCP share one port, instead of using two.',
  'inspect.sdp.rtcp-rsize': 'RTCP messages may be small ("reduced size"), which saves bandwidth.',
  'inspect.sdp.rtcp-xr': 'Extended RTCP reports: {value} (receivers also measure round-trip time).',
  'inspect.sdp.rtpmap':
    'Payload type {pt} is the codec {codec}, with a clock rate of {clockRate} Hz: each packet says "type {pt}" instead of the codec’s name.',
  'inspect.sdp.rtpmap.opus':
    'Opus is the standard audio codec of WebRTC: good for speech and music, tolerant of losses.',
  'inspect.sdp.rtpmap.vp8': 'VP8 is a video codec every WebRTC browser must support, along with H.264.',
  'inspect.sdp.rtpmap.vp9': 'VP9 is VP8’s successor: better picture for the same bitrate, more work for the processor.',
  'inspect.sdp.rtpmap.h264':
    'H.264 is the other video codec every WebRTC browser must support (at least its Constrained Baseline profile), often decoded by hardware; the fmtp line says which variant (profile).',
  'inspect.sdp.rtpmap.h265': 'H.265 (HEVC) is H.264’s successor.',
  'inspect.sdp.rtpmap.av1': 'AV1 is a newer video codec: the best compression here, the most work to encode.',
  'inspect.sdp.rtpmap.rtx':
    'rtx is not a codec: it resends lost packets of another payload type (named in its fmtp line).',
  'inspect.sdp.rtpmap.red':
    'red (redundancy) packs a copy of earlier data into each packet, so a single loss can be repaired.',
  'inspect.sdp.rtpmap.ulpfec': 'ulpfec sends extra correction packets from which lost packets can be rebuilt.',
  'inspect.sdp.rtpmap.flexfec-03': 'flexfec sends extra correction packets from which lost packets can be rebuilt.',
  'inspect.sdp.rtpmap.g722': 'G.722 is an older wideband telephone codec.',
  'inspect.sdp.rtpmap.pcmu': 'PCMU (G.711 µ-law) is the classic telephone codec, for calls into phone networks.',
  'inspect.sdp.rtpmap.pcma': 'PCMA (G.711 A-law) is the classic telephone codec, for calls into phone networks.',
  'inspect.sdp.rtpmap.cn':
    'CN (comfort noise) sends a little background noise during silences, so the line does not sound dead.',
  'inspect.sdp.rtpmap.telephone-event': 'telephone-event carries key presses (DTMF), as on a phone keypad.',
  'inspect.sdp.rtpmap.channels': '{channels} audio channels.',
  'inspect.sdp.fmtp': 'Settings for payload type {pt} ({codec}): {parameters}.',
  'inspect.sdp.fmtp.apt': 'apt={apt}: these are retransmissions of payload type {apt} ({aptCodec}).',
  'inspect.sdp.rtcp-fb': 'Feedback the receiver may send about payload type {pt} ({codec}): {feedback}.',
  'inspect.sdp.rtcp-fb.nack': 'A negative acknowledgement: "I lost these packets, please send them again".',
  'inspect.sdp.rtcp-fb.pli': 'A picture loss indication: "I lost part of a picture, please send a full new one".',
  'inspect.sdp.rtcp-fb.fir': 'A full intra request: "please send a full picture now", e.g. when a new viewer joins.',
  'inspect.sdp.rtcp-fb.remb':
    'The receiver’s estimate of the most bits per second it can take, sent back to the sender.',
  'inspect.sdp.rtcp-fb.transport-cc':
    'The receiver reports when each packet arrived; the sender works out the bandwidth itself (congestion control).',
  'inspect.sdp.ssrc':
    'Synchronisation source {ssrc}: the number in every RTP packet of one stream. Attribute {attribute}: {value}.',
  'inspect.sdp.ssrc.cname':
    'cname is a name shared by all streams of one sender, so its audio and video can be played in sync.',
  'inspect.sdp.ssrc.msid': 'msid ties this source to a stream and track, the same as the a=msid line.',
  'inspect.sdp.ssrc-group': 'Groups sources {ssrcs} by the rule {semantics}.',
  'inspect.sdp.ssrc-group.fid': 'FID: the second source carries the retransmissions (rtx) of the first.',
  'inspect.sdp.ssrc-group.sim': 'SIM: the sources are the same video in several qualities (simulcast).',
  'inspect.sdp.sctp-port':
    'The data channel’s SCTP port inside the encrypted connection: {port}. It is not a UDP port; ICE candidates carry those.',
  'inspect.sdp.max-message-size':
    'The largest data channel message this peer accepts: {size} bytes. The other side reads it as pc.sctp.maxMessageSize, and its send() throws TypeError for anything larger.',
  'inspect.sdp.unknown':
    'A line this page does not explain (yet). Browsers skip attributes they do not understand, so an unknown line does no harm.',

  'inspect.cand.heading': 'ICE candidates',
  'inspect.cand.intro':
    'Each candidate is an address where a peer might be reached. A peer finds them after it sets its local description, and the page carries them to the other peer.',
  'inspect.cand.empty': 'No candidates yet: they appear when a peer sets its local description and starts gathering.',
  'inspect.cand.caption': 'Candidates in the order they were gathered',
  'inspect.cand.col.time': 'Time',
  'inspect.cand.col.peer': 'Peer',
  'inspect.cand.col.type': 'Type',
  'inspect.cand.col.protocol': 'Protocol',
  'inspect.cand.col.address': 'Address',
  'inspect.cand.col.port': 'Port',
  'inspect.cand.col.priority': 'Priority',
  'inspect.cand.col.foundation': 'Foundation',
  'inspect.cand.col.component': 'Component',
  'inspect.cand.col.mid': 'sdpMid',
  'inspect.cand.col.status': 'Delivered?',
  'inspect.cand.since': '+{ms} ms',
  'inspect.cand.delivered': 'delivered to {peer} at +{ms} ms',
  'inspect.cand.waiting': 'waiting in {peer}’s outbox',
  'inspect.cand.end': '{peer} finished gathering: no more candidates.',
  'inspect.cand.unreadable': 'A candidate this page cannot read:',
  'inspect.cand.parts': 'type {type} · local {local} · component {component}',
  'inspect.cand.mdns': 'mDNS name',
  'inspect.cand.inUse': 'in use',
  'inspect.cand.selected.heading': 'The pair that won',
  'inspect.cand.selected.none': 'No pair selected yet: ICE picks one once the peers are connected.',
  'inspect.cand.selected': '{peer}: {local} ({localType}) ⇄ {remote} ({remoteType}), {protocol}, round trip {rtt}.',
  'inspect.cand.glossary': 'What the columns mean',
  'inspect.cand.help.type':
    'host is an address of the device itself; srflx (server reflexive) is the public address a STUN server saw; prflx (peer reflexive) is an address the other peer saw during the checks; relay is an address on a TURN server. In this page both peers are on one machine, so host candidates are enough.',
  'inspect.cand.help.address':
    'An address ending in .local is an mDNS name: the browser hides the device’s real IP address from web pages and publishes a random name that any device on the same local network can resolve. Chrome shows real addresses once the page has camera or microphone permission, so .local names appear when you use the test pattern without allowing the camera.',
  'inspect.cand.help.priority':
    'ICE tries pairs with the highest priority first. The number is built from three parts: 2²⁴ × type preference (host highest, relay lowest) + 2⁸ × local preference (which network interface) + (256 − component).',
  'inspect.cand.help.foundation':
    'Candidates with the same foundation come from the same interface and server, so ICE can expect them to behave alike.',
  'inspect.cand.help.component': 'Component 1 is RTP. With rtcp-mux there is no component 2 (RTCP) any more.',
  'inspect.cand.help.mid':
    'Which media section (a=mid) the candidate is for. With BUNDLE, all sections share the first one’s.',
  'inspect.cand.help.status':
    'A gathered candidate waits in its peer’s outbox until the page delivers it to the other peer with addIceCandidate().',

  'inspect.stats.heading': 'Live statistics',
  'inspect.stats.intro':
    'Read from getStats() on both peers once a second while the call is up, for each direction and kind of media.',
  'inspect.stats.status.waiting': 'Starts once the peers are connected.',
  'inspect.stats.status.sampling': 'Reading getStats() once a second.',
  'inspect.stats.status.paused': 'Paused while this page is hidden.',
  'inspect.stats.status.stopped': 'Stopped: the call has ended.',
  'inspect.stats.status.replay': 'From the saved call.',
  'inspect.stats.direction': '{from} → {to}',
  'inspect.stats.nothing': 'No media in this direction: {from} sends nothing in this call.',
  'inspect.stats.metric': 'Measure',
  'inspect.stats.audio': 'Audio',
  'inspect.stats.video': 'Video',
  'inspect.stats.codec': 'Codec',
  'inspect.stats.resolution': 'Resolution',
  'inspect.stats.fps': 'Frames per second',
  'inspect.stats.bitrate': 'Bitrate',
  'inspect.stats.packetsLost': 'Packets lost',
  'inspect.stats.jitter': 'Jitter',
  'inspect.stats.rtt': 'Round-trip time',
  'inspect.stats.framesDecoded': 'Frames decoded',
  'inspect.stats.kbps': '{value} kbit/s',
  'inspect.stats.mbps': '{value} Mbit/s',
  'inspect.stats.charts': 'The last minute',
  'inspect.stats.chart.bitrate': 'Bitrate received (kbit/s)',
  'inspect.stats.chart.fps': 'Video frames per second received',
  'inspect.stats.chart.rtt': 'Round-trip time of the selected pair (ms)',
  'inspect.stats.chart.summary': '{name}, last minute: now {latest}, highest {max}.',
  'inspect.stats.chart.empty': '{name}: no data yet.',
  'inspect.stats.glossary': 'What the measures mean',
  'inspect.stats.help.bitrate':
    'Bits per second, worked out from how many bytes arrived since the previous reading. The sender adapts it to what the network can take.',
  'inspect.stats.help.fps':
    'How many pictures per second arrive and are shown. It follows the source (a camera usually sends 24 to 30) and drops when the network or the processor cannot keep up. In a hidden tab the browser runs the test pattern’s timer only about once a second.',
  'inspect.stats.help.packetsLost':
    'RTP packets that never arrived since the call started. On one machine this stays at 0.',
  'inspect.stats.help.jitter':
    'How irregularly packets arrive. The receiver holds packets back in a buffer to smooth it out.',
  'inspect.stats.help.rtt': 'How long a message takes to the other peer and back. On one machine, about a millisecond.',
  'inspect.stats.help.framesDecoded': 'Pictures the receiver has decoded since the call started.',

  'inspect.seq.heading': 'Who sent what, when',
  'inspect.seq.intro':
    'Alice and Bob never talk until ICE connects them: the offer, the answer and the candidates travel through the signaling path, which here is this page itself. Times count from the first message.',
  'inspect.seq.empty': 'No messages yet: the offer appears when Alice sets it.',
  'inspect.seq.listHeading': 'The same, as a list',
  'inspect.seq.kind.offer': 'offer',
  'inspect.seq.kind.answer': 'answer',
  'inspect.seq.kind.candidate': 'candidate',
  'inspect.seq.kind.end-of-candidates': 'end of candidates',
  'inspect.seq.sent': '+{ms} ms: {from} hands the {what} to the page',
  'inspect.seq.delivered': '+{ms} ms: the page gives it to {to}',
  'inspect.seq.waiting': 'it is waiting for the page to give it to {to}',
  'inspect.seq.notSent': '{from}’s {what} reaches the page without being set',
  'inspect.seq.endNote': '+{ms} ms: {from} has no more candidates',
} as const;
