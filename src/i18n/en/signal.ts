/** English strings of chapter 7's signaling lab: transports, rooms, the message log, copy/paste and QR codes. */
export const signal = {
  'signal.transport.legend': 'How the two sides reach each other',
  'signal.transport.broadcast': 'Two tabs of this browser (BroadcastChannel, no server)',
  'signal.transport.websocket': 'Through the signaling server (WebSocket)',
  'signal.transport.manual': 'Copy and paste, or a QR code (no server at all)',
  'signal.hint.broadcast':
    'Works between tabs and windows of this browser profile on this site only. A private window does not hear a normal one.',
  'signal.hint.websocket':
    'Works between any two browsers that can reach the same server, across devices. Start one with npm run signal, or use npm start.',
  'signal.hint.manual':
    'Works between any two devices: you carry the text (or show the QR code) yourself, once in each direction.',

  'signal.room.label': 'Room',
  'signal.room.new': 'New room',
  'signal.room.invalid':
    'This room id is not valid: a room id is 22 to 64 letters, digits, “-” or “_”. Press New room to get a fresh one.',
  'signal.join': 'Join the room',
  'signal.leave': 'Leave',
  'signal.secondTab': 'Open this room in a second tab',
  'signal.secondTab.note': 'Join there too, and watch both logs.',

  'signal.status.idle': 'Not in a room. Press Join the room.',
  'signal.status.joining': 'Joining…',
  'signal.status.waiting': 'You are in the room, alone. Open the same room in a second tab and join there.',
  'signal.status.ready': 'The other side is here: both of you are in the room.',
  'signal.status.full': 'This room is full: two others are already in it. Press New room to start another one.',
  'signal.status.unreachable':
    'Cannot reach the signaling server at {url}. Nothing answered there: start it with npm run signal (or serve the site with npm start), or point the page at another one with ?signal=. Trying again…',
  'signal.status.failed':
    'Gave up reaching the signaling server at {url}. Start it (npm run signal), then press Join the room again.',
  'signal.status.room-expired':
    'The server closed this room after a long idle time. Press Join the room to enter it again.',
  'signal.role.polite': 'Your role: polite (you give way when both sides make an offer at once).',
  'signal.role.impolite': 'Your role: impolite (the other side gives way when both make an offer at once).',

  'signal.server.line': 'Signaling server: {url}',
  'signal.server.rule.query': 'chosen by the ?signal= parameter in this page’s address',
  'signal.server.rule.build': 'configured when this site was built',
  'signal.server.rule.same-origin': 'the server that served this page',
  'signal.server.rule.default': 'the default address of npm run signal, since nothing else was set',
  'signal.server.ignored': 'The address in ?signal= was not used: {problem}',
  'signal.server.ignoredBuild': 'The address configured at build time was not used: {problem}',
  'signal.problem.not-a-url': 'it is not a URL.',
  'signal.problem.not-websocket': 'it must start with ws:// or wss://.',
  'signal.problem.has-credentials': 'it must not carry a user name or password.',
  'signal.problem.insecure-from-secure-page': 'an https page may only use wss://, except to this computer.',
  'signal.problem.too-long': 'it is longer than 2,048 characters.',
  'signal.problem.refused-by-policy':
    'this page’s security policy (CSP) lets it connect only to these servers: {allowed}. The browser blocks any other. To use that server, build the site with its address in PUBLIC_SIGNAL_URL (for example PUBLIC_SIGNAL_URL={url} npm start). Until then, the lab uses the built-in server named above.',
  'signal.policy.self': '{origin} (this site’s own server)',

  'signal.send.heading': 'Send something',
  'signal.send.offer': 'Send a real offer',
  'signal.send.bye': 'Send bye',
  'signal.send.note':
    'The offer comes from a throwaway RTCPeerConnection with a data channel; the other side logs it and does not answer: acting on it is chapter 8’s job. Bye ends a call, not your place in the room.',
  'signal.send.notReady': 'Nothing was sent: the other side must be in the room first.',
  'signal.send.failed': 'The browser could not create an offer: {name}.',

  'signal.log.heading': 'Signaling messages',
  'signal.log.empty': 'No message yet. Join a room to see what travels.',
  'signal.log.clear': 'Clear the log',
  'signal.log.out': 'sent',
  'signal.log.in': 'received',
  'signal.log.bytes': '{size} bytes',
  'signal.log.derived': 'from presence',
  'signal.log.rejected': 'rejected: {code}',
  'signal.reject.not-json': 'not JSON',
  'signal.reject.too-large': 'over 64 KiB',
  'signal.reject.unknown-type': 'unknown type',
  'signal.reject.bad-field': 'a field is missing or malformed',
  'signal.reject.wrong-room': 'for another room',
  'signal.reject.own-message': 'this tab’s own post',
  'signal.reject.not-joined': 'from a tab this one is not paired with',
  'signal.reject.not-for-us': 'addressed to another tab',
  'signal.reject.bad-prefix': 'does not start with WRTC1.',
  'signal.reject.bad-encoding': 'characters outside base64url',
  'signal.reject.bad-compression': 'the bytes do not inflate',

  'signal.manual.offer': 'Create an offer',
  'signal.manual.reset': 'Start over',
  'signal.manual.status.idle':
    'On one device, press Create an offer. On the other, paste that offer below (or scan its QR code) and press Use it.',
  'signal.manual.status.gathering': 'Gathering ICE candidates, so that the description lists them all…',
  'signal.manual.status.offer-ready':
    'Your offer is ready. Give it to the other device, then paste its answer below and press Use it.',
  'signal.manual.status.answer-ready':
    'Your answer is ready. Give it back to the device that made the offer; the channel opens once it uses it.',
  'signal.manual.status.connecting': 'Connecting: ICE is checking paths and DTLS is shaking hands…',
  'signal.manual.status.open': 'The data channel is open. Type a message: it goes straight to the other device.',
  'signal.manual.status.closed': 'The channel closed. Press Start over to connect again.',
  'signal.manual.status.failed':
    'The connection failed: no path was found between the two devices. On different networks, a STUN or TURN server is needed; press Start over to try again.',
  'signal.manual.gatherTimeout':
    'Gathering did not finish within 5 seconds; the description holds the candidates found so far.',
  'signal.manual.outOffer': 'Your offer',
  'signal.manual.outAnswer': 'Your answer',
  'signal.manual.outLabel': 'Text to give the other device',
  'signal.manual.sizes': 'JSON {json} bytes → compressed {compressed} bytes → text {text} characters.',
  'signal.manual.copy': 'Copy',
  'signal.manual.copied': 'Copied.',
  'signal.manual.copyFailed': 'The browser refused the clipboard: select the text and copy it by hand.',
  'signal.manual.qrLabel': 'QR code of the text above',
  'signal.manual.qrLoading': 'Drawing the QR code…',
  'signal.manual.qrTooBig': 'Too long for one QR code ({text} characters): copy the text instead.',
  'signal.manual.qrFailed': 'The QR code module could not be loaded: copy the text instead.',
  'signal.manual.inLabel': 'Paste what the other device shows',
  'signal.manual.use': 'Use it',
  'signal.manual.empty': 'Paste the text from the other device first.',
  'signal.manual.scan': 'Scan a QR code with the camera',
  'signal.manual.stopScan': 'Stop scanning',
  'signal.manual.scanning': 'Point the camera at the QR code on the other device…',
  'signal.manual.scanned': 'Read a QR code. Press Use it.',
  'signal.manual.scanFailed': 'The camera could not start ({name}). Paste the text instead.',
  'signal.manual.bad': 'This text cannot be used: {reason}. Copy the whole text again, from WRTC1. to the end.',
  'signal.manual.code.wrong-phase':
    'That does not fit this step. Press Start over on both devices and begin with one offer.',
  'signal.manual.code.not-an-offer': 'This is an answer, but this page has made no offer. Paste an offer here.',
  'signal.manual.code.not-an-answer':
    'Both devices made an offer. Only one side offers: press Start over here and paste the other device’s offer.',
  'signal.manual.code.other': 'The browser refused the description: {name} ({message}).',
  'signal.manual.messageLabel': 'Message',
  'signal.manual.send': 'Send',
  'signal.manual.you': 'you',
  'signal.manual.them': 'other device',
} as const;
