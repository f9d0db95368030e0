import type { Lang } from '../i18n';
import type { ChapterSlug } from './chapter-slugs';

/** A term's name as readers of one language say it, and its meaning in one line. */
export interface TermText {
  readonly name: string;
  readonly meaning: string;
}

/** One glossary term: a stable id (the page anchor), the chapter that first explains it, and its text per language. */
export type GlossaryTerm = {
  readonly id: string;
  readonly chapter: ChapterSlug;
} & Readonly<Record<Lang, TermText>>;

/**
 * The terms a reader meets in chapters 1 to 10, in the order the chapters explain them. `chapter` is the first chapter
 * that explains the term, not one that only names it.
 */
export const glossary = [
  {
    id: 'peer',
    chapter: '01-introduction',
    en: { name: 'Peer', meaning: 'One end of a WebRTC connection, usually a browser tab; the two ends are equals.' },
    ko: { name: '피어(peer)', meaning: 'WebRTC 연결의 한쪽 끝으로, 보통 브라우저 탭 하나입니다. 양쪽은 대등합니다.' },
  },
  {
    id: 'get-user-media',
    chapter: '02-overview',
    en: {
      name: 'getUserMedia',
      meaning: 'The browser call that asks for the camera or microphone and returns a stream.',
    },
    ko: {
      name: 'getUserMedia',
      meaning: '카메라나 마이크 사용을 요청하고 그 결과로 스트림을 돌려주는 브라우저 API입니다.',
    },
  },
  {
    id: 'stream',
    chapter: '02-overview',
    en: {
      name: 'Stream (MediaStream)',
      meaning: 'A bundle of tracks that belong together, such as one camera’s video and sound.',
    },
    ko: { name: '스트림(MediaStream)', meaning: '한 카메라의 영상과 소리처럼 함께 다니는 트랙들의 묶음입니다.' },
  },
  {
    id: 'track',
    chapter: '02-overview',
    en: {
      name: 'Track (MediaStreamTrack)',
      meaning: 'A single source of audio or video, the unit a peer connection sends.',
    },
    ko: { name: '트랙(MediaStreamTrack)', meaning: '오디오나 영상 하나의 흐름으로, 피어 연결이 보내는 단위입니다.' },
  },
  {
    id: 'peer-connection',
    chapter: '02-overview',
    en: {
      name: 'Peer connection (RTCPeerConnection)',
      meaning: 'The object for one end of a call: it encodes, encrypts, finds a path and sends and receives media.',
    },
    ko: {
      name: '피어 연결(RTCPeerConnection)',
      meaning: '통화 한쪽 끝을 맡는 객체입니다. 미디어를 인코딩하고 암호화하며, 경로를 찾아 주고받습니다.',
    },
  },
  {
    id: 'codec',
    chapter: '02-overview',
    en: {
      name: 'Codec',
      meaning: 'A way to compress audio or video for sending and to restore it on arrival, such as Opus or VP8.',
    },
    ko: {
      name: '코덱(codec)',
      meaning: 'Opus나 VP8처럼 오디오나 영상을 압축해 보내고 받은 쪽에서 되살리는 방식입니다.',
    },
  },
  {
    id: 'sdp',
    chapter: '02-overview',
    en: {
      name: 'Session description (SDP)',
      meaning: 'The text in which a peer lists what it will send and receive, its codecs and its ICE credentials.',
    },
    ko: {
      name: '세션 설명(SDP)',
      meaning: '피어가 주고받을 미디어, 쓸 수 있는 코덱, ICE 인증 정보를 적은 텍스트입니다.',
    },
  },
  {
    id: 'offer',
    chapter: '02-overview',
    en: {
      name: 'Offer',
      meaning: 'The session description the caller writes first, proposing what the call will carry.',
    },
    ko: { name: '오퍼(offer)', meaning: '발신자가 먼저 만드는 세션 설명으로, 통화에서 주고받을 내용을 제안합니다.' },
  },
  {
    id: 'answer',
    chapter: '02-overview',
    en: {
      name: 'Answer',
      meaning: 'The callee’s reply to an offer: which of the proposed media and codecs it accepts.',
    },
    ko: {
      name: '앤서(answer)',
      meaning: '오퍼에 대한 수신자의 응답으로, 제안된 미디어와 코덱 중 무엇을 받아들이는지 적습니다.',
    },
  },
  {
    id: 'data-channel',
    chapter: '02-overview',
    en: {
      name: 'Data channel (RTCDataChannel)',
      meaning: 'A channel on a peer connection for text or binary messages, reliable or not, ordered or not.',
    },
    ko: {
      name: '데이터 채널(RTCDataChannel)',
      meaning: '피어 연결 위에서 텍스트나 바이너리 메시지를 보내는 채널입니다. 신뢰성과 순서 보장을 고를 수 있습니다.',
    },
  },
  {
    id: 'signaling',
    chapter: '02-overview',
    en: {
      name: 'Signaling',
      meaning:
        'Carrying offers, answers and candidates between peers before they can reach each other; the app chooses how.',
    },
    ko: {
      name: '시그널링(signaling)',
      meaning: '피어끼리 직접 닿기 전에 오퍼, 앤서, 후보를 전해 주는 일입니다. 방법은 앱이 정합니다.',
    },
  },
  {
    id: 'nat',
    chapter: '02-overview',
    en: {
      name: 'NAT',
      meaning: 'A router that shares one public address among many devices and blocks traffic nobody inside asked for.',
    },
    ko: {
      name: 'NAT(네트워크 주소 변환)',
      meaning: '여러 기기가 공인 주소 하나를 나눠 쓰게 하고, 안에서 먼저 요청하지 않은 트래픽은 막는 라우터입니다.',
    },
  },
  {
    id: 'ice',
    chapter: '02-overview',
    en: {
      name: 'ICE',
      meaning:
        'Interactive Connectivity Establishment: the procedure that gathers addresses and tests them to find a working path.',
    },
    ko: {
      name: 'ICE',
      meaning:
        'Interactive Connectivity Establishment. 주소를 모으고 하나씩 검사해서 실제로 통하는 경로를 찾는 절차입니다.',
    },
  },
  {
    id: 'ice-candidate',
    chapter: '02-overview',
    en: {
      name: 'ICE candidate',
      meaning: 'One address and port at which a peer might be reachable, with its protocol and type.',
    },
    ko: {
      name: 'ICE 후보(ICE candidate)',
      meaning: '피어에 닿을 수 있을지도 모르는 주소와 포트 하나로, 프로토콜과 유형이 함께 붙습니다.',
    },
  },
  {
    id: 'host-candidate',
    chapter: '02-overview',
    en: { name: 'Host candidate', meaning: 'A candidate with an address of the device itself, on its own network.' },
    ko: { name: '호스트 후보(host)', meaning: '기기가 자기 네트워크에서 쓰는 자체 주소로 된 후보입니다.' },
  },
  {
    id: 'server-reflexive-candidate',
    chapter: '02-overview',
    en: {
      name: 'Server-reflexive candidate (srflx)',
      meaning: 'A candidate with the public address a STUN server saw, outside the NAT.',
    },
    ko: { name: '서버 반사 후보(srflx)', meaning: 'STUN 서버가 NAT 바깥에서 본 공인 주소로 된 후보입니다.' },
  },
  {
    id: 'relay-candidate',
    chapter: '02-overview',
    en: { name: 'Relay candidate', meaning: 'A candidate with an address on a TURN server, which forwards the media.' },
    ko: { name: '릴레이 후보(relay)', meaning: '미디어를 중계하는 TURN 서버의 주소로 된 후보입니다.' },
  },
  {
    id: 'stun',
    chapter: '02-overview',
    en: {
      name: 'STUN server',
      meaning: 'A server that tells a peer which public address and port its packets come from.',
    },
    ko: { name: 'STUN 서버', meaning: '피어의 패킷이 바깥에서 어떤 공인 주소와 포트로 보이는지 알려 주는 서버입니다.' },
  },
  {
    id: 'turn',
    chapter: '02-overview',
    en: {
      name: 'TURN server',
      meaning: 'A server that relays media between peers when no direct path works; the fallback that costs bandwidth.',
    },
    ko: {
      name: 'TURN 서버',
      meaning: '직접 경로가 없을 때 피어 사이의 미디어를 중계하는 서버입니다. 대역폭 비용이 드는 최후의 수단입니다.',
    },
  },
  {
    id: 'secure-context',
    chapter: '04-webcam',
    en: {
      name: 'Secure context',
      meaning: 'A page served over https or from this computer (localhost); only there do camera and microphone exist.',
    },
    ko: {
      name: '보안 컨텍스트(secure context)',
      meaning: 'https나 이 컴퓨터(localhost)에서 받은 페이지입니다. 카메라와 마이크 API는 여기서만 쓸 수 있습니다.',
    },
  },
  {
    id: 'constraints',
    chapter: '04-webcam',
    en: {
      name: 'Constraints',
      meaning: 'What a page asks of a camera or microphone, such as a resolution, as a wish (ideal) or a must (exact).',
    },
    ko: {
      name: '제약 조건(constraints)',
      meaning: '해상도처럼 페이지가 카메라나 마이크에 요구하는 조건입니다. 희망(ideal)이나 필수(exact)로 지정합니다.',
    },
  },
  {
    id: 'local-description',
    chapter: '05-peer-connection',
    en: {
      name: 'Local description',
      meaning: 'The session description a peer commits to for itself with setLocalDescription().',
    },
    ko: {
      name: '로컬 세션 설명(local description)',
      meaning: '피어가 setLocalDescription()으로 자기 것으로 확정한 세션 설명입니다.',
    },
  },
  {
    id: 'remote-description',
    chapter: '05-peer-connection',
    en: {
      name: 'Remote description',
      meaning: 'The other peer’s session description, applied with setRemoteDescription().',
    },
    ko: {
      name: '원격 세션 설명(remote description)',
      meaning: 'setRemoteDescription()으로 적용한 상대 피어의 세션 설명입니다.',
    },
  },
  {
    id: 'trickle-ice',
    chapter: '05-peer-connection',
    en: {
      name: 'Trickle ICE',
      meaning:
        'Sending candidates one by one as they are found, instead of waiting to put them all in the description.',
    },
    ko: {
      name: '트리클 ICE(trickle ICE)',
      meaning: '후보를 모두 세션 설명에 담을 때까지 기다리지 않고, 찾는 대로 하나씩 보내는 방식입니다.',
    },
  },
  {
    id: 'connectivity-check',
    chapter: '05-peer-connection',
    en: {
      name: 'Connectivity check',
      meaning: 'A STUN request ICE sends over one pair of candidates to test whether that path works.',
    },
    ko: {
      name: '연결성 검사(connectivity check)',
      meaning: 'ICE가 후보 쌍 하나로 경로가 통하는지 확인하려고 보내는 STUN 요청입니다.',
    },
  },
  {
    id: 'peer-reflexive-candidate',
    chapter: '05-peer-connection',
    en: {
      name: 'Peer-reflexive candidate (prflx)',
      meaning: 'An address a peer learns from the other peer’s connectivity checks, without it being signaled.',
    },
    ko: {
      name: '피어 반사 후보(prflx)',
      meaning: '시그널링으로 받지 않았어도 상대 피어의 연결성 검사를 보고 알게 된 주소입니다.',
    },
  },
  {
    id: 'mdns',
    chapter: '05-peer-connection',
    en: {
      name: 'mDNS candidate name',
      meaning: 'A random “.local” name the browser puts in place of the device’s local IP address, for privacy.',
    },
    ko: {
      name: 'mDNS 후보 이름',
      meaning: '개인 정보 보호를 위해 브라우저가 기기의 로컬 IP 주소 대신 넣는 무작위 “.local” 이름입니다.',
    },
  },
  {
    id: 'dtls',
    chapter: '05-peer-connection',
    en: {
      name: 'DTLS',
      meaning:
        'TLS over UDP: the handshake after ICE connects that checks the certificate fingerprint and agrees on keys.',
    },
    ko: {
      name: 'DTLS',
      meaning: 'UDP 위의 TLS입니다. ICE가 연결된 뒤 인증서 지문을 확인하고 암호 키를 합의하는 핸드셰이크를 합니다.',
    },
  },
  {
    id: 'rtp',
    chapter: '05-peer-connection',
    en: {
      name: 'RTP',
      meaning: 'The packet format that carries audio and video, with sequence numbers and timestamps.',
    },
    ko: { name: 'RTP', meaning: '순서 번호와 타임스탬프를 붙여 오디오와 영상을 실어 나르는 패킷 형식입니다.' },
  },
  {
    id: 'srtp',
    chapter: '05-peer-connection',
    en: {
      name: 'SRTP',
      meaning: 'Encrypted RTP: how WebRTC media travels, with keys that come from the DTLS handshake.',
    },
    ko: {
      name: 'SRTP',
      meaning: '암호화된 RTP입니다. WebRTC 미디어는 DTLS 핸드셰이크에서 나온 키로 암호화해 이 형식으로 보냅니다.',
    },
  },
  {
    id: 'sctp',
    chapter: '06-data-channel',
    en: {
      name: 'SCTP',
      meaning: 'The protocol that carries data channel messages inside the encrypted DTLS connection.',
    },
    ko: { name: 'SCTP', meaning: '암호화된 DTLS 연결 안에서 데이터 채널 메시지를 실어 나르는 프로토콜입니다.' },
  },
  {
    id: 'perfect-negotiation',
    chapter: '08-call',
    en: {
      name: 'Perfect negotiation',
      meaning: 'A pattern in which both peers run the same code and still agree when both make an offer at once.',
    },
    ko: {
      name: '퍼펙트 네고시에이션(perfect negotiation)',
      meaning: '두 피어가 같은 코드를 실행하면서도, 동시에 오퍼를 내는 경우까지 합의에 이르게 하는 패턴입니다.',
    },
  },
  {
    id: 'glare',
    chapter: '08-call',
    en: {
      name: 'Glare',
      meaning: 'Both peers sending an offer at the same time, so each receives an offer while holding its own.',
    },
    ko: {
      name: '오퍼 충돌(glare)',
      meaning: '두 피어가 동시에 오퍼를 보내, 각자 자기 오퍼를 든 채로 상대 오퍼를 받는 상황입니다.',
    },
  },
  {
    id: 'rollback',
    chapter: '08-call',
    en: {
      name: 'Rollback',
      meaning: 'Setting a description of type "rollback" to withdraw one’s own offer and return to stable.',
    },
    ko: {
      name: '롤백(rollback)',
      meaning: '"rollback" 유형의 세션 설명을 설정해 자기 오퍼를 거두고 stable 상태로 돌아가는 일입니다.',
    },
  },
  {
    id: 'polite-peer',
    chapter: '08-call',
    en: {
      name: 'Polite and impolite peer',
      meaning:
        'The two roles of perfect negotiation: on glare the polite peer rolls back, the impolite one ignores the offer.',
    },
    ko: {
      name: '폴라이트 피어와 임폴라이트 피어(polite/impolite peer)',
      meaning:
        '퍼펙트 네고시에이션의 두 역할입니다. 오퍼가 충돌하면 폴라이트 피어는 롤백하고, 임폴라이트 피어는 상대 오퍼를 무시합니다.',
    },
  },
  {
    id: 'buffered-amount',
    chapter: '09-photo',
    en: {
      name: 'bufferedAmount',
      meaning:
        'How many bytes a data channel has queued but not sent yet; it grows when you send faster than the network.',
    },
    ko: {
      name: 'bufferedAmount',
      meaning: '데이터 채널이 큐에 쌓아 두고 아직 보내지 못한 바이트 수입니다. 네트워크보다 빨리 보내면 늘어납니다.',
    },
  },
  {
    id: 'backpressure',
    chapter: '09-photo',
    en: {
      name: 'Backpressure',
      meaning: 'Pausing the sender while the queue is full (bufferedAmount high) and resuming when it drains.',
    },
    ko: {
      name: '백프레셔(backpressure)',
      meaning: '큐가 가득 찬 동안(bufferedAmount가 클 때) 송신을 멈췄다가, 큐가 줄어들면 다시 보내는 흐름 제어입니다.',
    },
  },
  {
    id: 'simulcast',
    chapter: '10-congratulations',
    en: {
      name: 'Simulcast',
      meaning: 'Sending one video track in several qualities at once, so a server can pick one per viewer.',
    },
    ko: {
      name: '사이멀캐스트(simulcast)',
      meaning: '영상 트랙 하나를 여러 화질로 동시에 보내, 서버가 시청자마다 알맞은 화질을 고르게 하는 방식입니다.',
    },
  },
  {
    id: 'sfu',
    chapter: '10-congratulations',
    en: {
      name: 'SFU',
      meaning:
        'Selective Forwarding Unit: a server that forwards each participant’s streams to the others without decoding.',
    },
    ko: {
      name: 'SFU',
      meaning:
        'Selective Forwarding Unit. 참가자마다 스트림을 디코딩하지 않고 다른 참가자에게 골라 전달하는 서버입니다.',
    },
  },
  {
    id: 'mcu',
    chapter: '10-congratulations',
    en: {
      name: 'MCU',
      meaning:
        'Multipoint Control Unit: a server that decodes everyone’s media and mixes it into one stream per participant.',
    },
    ko: {
      name: 'MCU',
      meaning:
        'Multipoint Control Unit. 모든 참가자의 미디어를 디코딩하고 섞어 참가자마다 스트림 하나로 보내는 서버입니다.',
    },
  },
] as const satisfies readonly GlossaryTerm[];

/** The id of a term in the glossary: what a chapter's term link names. */
export type GlossaryTermId = (typeof glossary)[number]['id'];

/** The term with this id, or undefined; chapters use it to link a term's first use. */
export function findTerm(id: string): GlossaryTerm | undefined {
  return glossary.find((term: GlossaryTerm) => term.id === id);
}
