/** Annotating a session description line by line: what each line is and what it says, as codes and values. */
import { SDPUtils } from './sdp-utils';

/** Every kind of SDP line we explain; anything else is `unknown` and shown as such. */
export const sdpLineKinds = [
  'version',
  'origin',
  'session-name',
  'timing',
  'connection',
  'bandwidth',
  'media',
  'application',
  'group',
  'extmap-allow-mixed',
  'msid-semantic',
  'rtcp',
  'candidate',
  'end-of-candidates',
  'ice-ufrag',
  'ice-pwd',
  'ice-options',
  'ice-lite',
  'fingerprint',
  'setup',
  'mid',
  'extmap',
  'direction',
  'msid',
  'rtcp-mux',
  'rtcp-rsize',
  'rtcp-xr',
  'rtpmap',
  'fmtp',
  'rtcp-fb',
  'ssrc',
  'ssrc-group',
  'sctp-port',
  'max-message-size',
  'unknown',
] as const;
export type SdpLineKind = (typeof sdpLineKinds)[number];

/** Header extensions we can name, by URI; the name picks the note `inspect.sdp.extmap.<name>`. */
const extensionNames: Readonly<Record<string, string>> = {
  'urn:ietf:params:rtp-hdrext:ssrc-audio-level': 'audio-level',
  'urn:ietf:params:rtp-hdrext:csrc-audio-level': 'audio-level',
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time': 'abs-send-time',
  'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01': 'transport-cc',
  'urn:ietf:params:rtp-hdrext:sdes:mid': 'mid',
  'urn:ietf:params:rtp-hdrext:toffset': 'toffset',
  'urn:3gpp:video-orientation': 'video-orientation',
  'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay': 'playout-delay',
  'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type': 'video-content-type',
  'http://www.webrtc.org/experiments/rtp-hdrext/video-timing': 'video-timing',
  'http://www.webrtc.org/experiments/rtp-hdrext/color-space': 'color-space',
  'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id': 'rtp-stream-id',
  'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id': 'repaired-rtp-stream-id',
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time': 'abs-capture-time',
  'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension': 'dependency-descriptor',
};

const feedbackNames: Readonly<Record<string, string>> = {
  nack: 'nack',
  'nack pli': 'pli',
  'ccm fir': 'fir',
  'goog-remb': 'remb',
  'transport-cc': 'transport-cc',
};

const codecNotes = [
  'opus',
  'vp8',
  'vp9',
  'h264',
  'h265',
  'av1',
  'rtx',
  'red',
  'ulpfec',
  'flexfec-03',
  'g722',
  'pcmu',
  'pcma',
  'cn',
  'telephone-event',
];

/** The notes a line kind may add to its explanation: dictionary keys `inspect.sdp.<kind>.<note>`. */
export const sdpLineNotes = {
  timing: ['unbounded'],
  connection: ['placeholder'],
  media: ['rejected', 'placeholder'],
  application: ['rejected', 'placeholder'],
  group: ['bundle'],
  candidate: ['host', 'srflx', 'prflx', 'relay', 'mdns'],
  'ice-options': ['trickle'],
  setup: ['actpass', 'active', 'passive', 'holdconn'],
  extmap: [...new Set(Object.values(extensionNames))],
  direction: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
  rtpmap: [...codecNotes, 'channels'],
  fmtp: ['apt'],
  'rtcp-fb': Object.values(feedbackNames),
  ssrc: ['cname', 'msid'],
  'ssrc-group': ['fid', 'sim'],
} as const satisfies Partial<Record<SdpLineKind, readonly string[]>>;

export type LineParams = Readonly<Record<string, string | number>>;

/** One SDP line with what it is: its kind, the values the explanation needs, and notes that add to it. */
export interface AnnotatedLine {
  readonly text: string;
  readonly kind: SdpLineKind;
  readonly params: LineParams;
  readonly notes: readonly string[];
}

/** The session part (`index: null`) or one media section of a description. */
export interface SdpBlock {
  readonly index: number | null;
  /** audio, video or application; null for the session part. */
  readonly media: string | null;
  readonly mid: string | null;
  readonly lines: readonly AnnotatedLine[];
}

export interface AnnotatedSdp {
  readonly session: SdpBlock;
  readonly media: readonly SdpBlock[];
}

const line = (text: string, kind: SdpLineKind, params: LineParams = {}, notes: readonly string[] = []) => ({
  text,
  kind,
  params,
  notes,
});

/** Payload type -> codec name, from a media section's a=rtpmap lines. */
function codecMap(section: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const rtpmap of SDPUtils.matchPrefix(section, 'a=rtpmap:')) {
    const codec = SDPUtils.parseRtpMap(rtpmap);
    map.set(String(codec.payloadType), codec.name);
  }
  return map;
}

const finite = (...values: number[]) => values.every((v) => Number.isFinite(v));

function annotateAttribute(text: string, codecs: ReadonlyMap<string, string>): AnnotatedLine | null {
  const value = text.slice(2);
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  const rest = colon < 0 ? '' : value.slice(colon + 1);
  const words = rest.trim().split(/\s+/);
  const first = words[0] ?? '';
  switch (name) {
    case 'group':
      return line(
        text,
        'group',
        { semantics: first, mids: words.slice(1).join(', ') },
        first === 'BUNDLE' ? ['bundle'] : [],
      );
    case 'extmap-allow-mixed':
    case 'end-of-candidates':
    case 'ice-lite':
    case 'rtcp-mux':
    case 'rtcp-rsize':
      return line(text, name);
    case 'msid-semantic':
      return line(text, 'msid-semantic', { semantics: first, streams: words.slice(1).join(', ') });
    case 'rtcp':
      return first ? line(text, 'rtcp', { port: first, address: words[3] ?? '' }) : null;
    case 'candidate': {
      const c = SDPUtils.parseCandidate(text);
      if (!finite(c.priority, c.port) || !c.type) return null;
      const notes: string[] = [c.type];
      if (c.address.endsWith('.local')) notes.push('mdns');
      return line(text, 'candidate', { type: c.type, protocol: c.protocol, address: c.address, port: c.port }, notes);
    }
    case 'ice-ufrag':
      return line(text, 'ice-ufrag', { ufrag: rest });
    case 'ice-pwd':
      return line(text, 'ice-pwd', { length: rest.length });
    case 'ice-options': {
      const options = SDPUtils.parseIceOptions(text);
      return line(text, 'ice-options', { options: options.join(', ') }, options.includes('trickle') ? ['trickle'] : []);
    }
    case 'fingerprint': {
      const fingerprint = SDPUtils.parseFingerprint(text);
      return fingerprint.value ? line(text, 'fingerprint', { ...fingerprint }) : null;
    }
    case 'setup':
      return line(
        text,
        'setup',
        { role: rest },
        (sdpLineNotes.setup as readonly string[]).includes(rest) ? [rest] : [],
      );
    case 'mid':
      return line(text, 'mid', { mid: rest });
    case 'extmap': {
      const extension = SDPUtils.parseExtmap(text);
      if (!finite(extension.id) || !extension.uri) return null;
      const known = extensionNames[extension.uri];
      return line(text, 'extmap', { id: extension.id, uri: extension.uri }, known ? [known] : []);
    }
    case 'sendrecv':
    case 'sendonly':
    case 'recvonly':
    case 'inactive':
      return line(text, 'direction', { direction: name }, [name]);
    case 'msid':
      return line(text, 'msid', { stream: first, track: words[1] ?? '' });
    case 'rtcp-xr':
      return line(text, 'rtcp-xr', { value: rest });
    case 'rtpmap': {
      const codec = SDPUtils.parseRtpMap(text);
      if (!finite(codec.payloadType, codec.clockRate) || !codec.name) return null;
      const notes: string[] = [];
      const note = codec.name.toLowerCase();
      if (codecNotes.includes(note)) notes.push(note);
      if (codec.channels > 1) notes.push('channels');
      const params = { pt: codec.payloadType, codec: codec.name, clockRate: codec.clockRate, channels: codec.channels };
      return line(text, 'rtpmap', params, notes);
    }
    case 'fmtp': {
      const parameters = SDPUtils.parseFmtp(text);
      const list = Object.entries(parameters).map(([key, v]) => (v === undefined ? key : `${key}=${v}`));
      const apt = parameters['apt'];
      const params = {
        pt: first,
        codec: codecs.get(first) ?? '?',
        parameters: list.join(', '),
        ...(apt === undefined ? {} : { apt, aptCodec: codecs.get(apt) ?? '?' }),
      };
      return line(text, 'fmtp', params, apt === undefined ? [] : ['apt']);
    }
    case 'rtcp-fb': {
      const feedback = SDPUtils.parseRtcpFb(text);
      const full = [feedback.type, feedback.parameter].filter(Boolean).join(' ');
      const known = feedbackNames[full];
      return line(
        text,
        'rtcp-fb',
        { pt: first, codec: codecs.get(first) ?? first, feedback: full },
        known ? [known] : [],
      );
    }
    case 'ssrc': {
      const source = SDPUtils.parseSsrcMedia(text);
      if (!finite(source.ssrc)) return null;
      const attribute = source.attribute ?? '';
      const params = { ssrc: source.ssrc, attribute, value: source.value ?? '' };
      return line(text, 'ssrc', params, attribute === 'cname' || attribute === 'msid' ? [attribute] : []);
    }
    case 'ssrc-group': {
      const group = SDPUtils.parseSsrcGroup(text);
      const note = group.semantics.toLowerCase();
      return line(
        text,
        'ssrc-group',
        { semantics: group.semantics, ssrcs: group.ssrcs.join(', ') },
        note === 'fid' || note === 'sim' ? [note] : [],
      );
    }
    case 'sctp-port':
      return line(text, 'sctp-port', { port: rest });
    case 'max-message-size':
      return line(text, 'max-message-size', { size: rest });
    default:
      return null;
  }
}

/** Says what one line of SDP is. Never throws: a line it cannot read is `unknown`. */
export function annotateLine(text: string, codecs: ReadonlyMap<string, string> = new Map()): AnnotatedLine {
  try {
    return annotateKnown(text, codecs) ?? line(text, 'unknown');
  } catch {
    return line(text, 'unknown');
  }
}

function annotateKnown(text: string, codecs: ReadonlyMap<string, string>): AnnotatedLine | null {
  if (text[1] !== '=') return null;
  const value = text.slice(2);
  const words = value.split(' ');
  switch (text[0]) {
    case 'v':
      return line(text, 'version', { version: value });
    case 'o': {
      const origin = SDPUtils.parseOLine(text);
      return line(text, 'origin', {
        username: origin.username,
        sessionId: origin.sessionId,
        sessionVersion: origin.sessionVersion,
        address: origin.address,
      });
    }
    case 's':
      return line(text, 'session-name', { name: value });
    case 't': {
      const [start = '', stop = ''] = words;
      return line(text, 'timing', { start, stop }, start === '0' && stop === '0' ? ['unbounded'] : []);
    }
    case 'c': {
      const address = words[2] ?? '';
      return line(text, 'connection', { address }, address === '0.0.0.0' ? ['placeholder'] : []);
    }
    case 'b':
      return line(text, 'bandwidth', { value });
    case 'm': {
      const media = SDPUtils.parseMLine(text);
      const port = media.port ?? NaN;
      if (!finite(port) || !media.protocol) return null;
      const payloads = (media.fmt ?? '').split(' ').filter(Boolean);
      const notes = port === 0 ? ['rejected'] : port === 9 ? ['placeholder'] : [];
      // A data channel's section carries SCTP, not RTP: it has its own explanation.
      if (media.kind === 'application') {
        const params = { media: media.kind, port, protocol: media.protocol, format: payloads.join(' ') };
        return line(text, 'application', params, notes);
      }
      const params = { media: media.kind, port, protocol: media.protocol, count: payloads.length };
      return line(text, 'media', params, notes);
    }
    case 'a':
      return annotateAttribute(text, codecs);
    default:
      return null;
  }
}

const nonEmpty = (lines: string[]) => lines.filter((l) => l.length > 0);

/** Splits a description into its session part and media sections, and annotates every line. */
export function annotateSdp(sdp: string): AnnotatedSdp {
  const [sessionText = '', ...sections] = SDPUtils.splitSections(sdp);
  const session: SdpBlock = {
    index: null,
    media: null,
    mid: null,
    lines: nonEmpty(SDPUtils.splitLines(sessionText)).map((l) => annotateLine(l)),
  };
  const media = sections.map((section, index): SdpBlock => {
    const codecs = codecMap(section);
    const lines = nonEmpty(SDPUtils.splitLines(section)).map((l) => annotateLine(l, codecs));
    const first = lines[0];
    return {
      index,
      media: first?.kind === 'media' || first?.kind === 'application' ? String(first.params['media']) : null,
      mid: SDPUtils.getMid(section) ?? null,
      lines,
    };
  });
  return { session, media };
}
