import type { signal as en } from '../en/signal';

/** Korean strings of chapter 7's signaling lab: transports, rooms, the message log, copy/paste and QR codes. */
export const signal = {
  'signal.transport.legend': '두 쪽이 서로 닿는 방법',
  'signal.transport.broadcast': '이 브라우저의 탭 두 개 (BroadcastChannel, 서버 없음)',
  'signal.transport.websocket': '시그널링 서버 경유 (WebSocket)',
  'signal.transport.manual': '복사해 붙여넣기 또는 QR 코드 (서버가 전혀 없음)',
  'signal.hint.broadcast':
    '이 사이트에서, 같은 브라우저 프로필의 탭과 창 사이에서만 됩니다. 시크릿 창은 일반 창의 메시지를 듣지 못합니다.',
  'signal.hint.websocket':
    '같은 서버에 닿을 수 있는 브라우저라면 기기가 달라도 됩니다. 서버는 npm run signal이나 npm start로 띄웁니다.',
  'signal.hint.manual': '어떤 두 기기 사이에서든 됩니다. 텍스트(또는 QR 코드)를 방향마다 한 번씩 직접 옮깁니다.',

  'signal.room.label': '방',
  'signal.room.new': '새 방',
  'signal.room.invalid':
    '쓸 수 없는 방 ID입니다. 방 ID는 영문자, 숫자, “-”, “_”로 된 22~64자입니다. 새 방을 눌러 새 ID를 받으세요.',
  'signal.join': '방에 들어가기',
  'signal.leave': '나가기',
  'signal.secondTab': '이 방을 새 탭에서 열기',
  'signal.secondTab.note': '거기서도 방에 들어간 다음, 양쪽 로그를 비교해 보세요.',

  'signal.status.idle': '아직 방에 없습니다. 방에 들어가기를 누르세요.',
  'signal.status.joining': '들어가는 중…',
  'signal.status.waiting': '방에 혼자 있습니다. 같은 방을 새 탭에서 열고 거기서도 들어가세요.',
  'signal.status.ready': '상대가 왔습니다. 두 쪽 모두 방에 있습니다.',
  'signal.status.full': '방이 찼습니다. 이미 두 명이 들어가 있습니다. 새 방을 눌러 다른 방을 만드세요.',
  'signal.status.unreachable':
    '{url}의 시그널링 서버에 연결할 수 없습니다. 응답이 없습니다. npm run signal로 서버를 띄우거나(npm start로 사이트를 띄워도 됩니다) ?signal=로 다른 서버를 지정하세요. 다시 시도하는 중…',
  'signal.status.failed':
    '{url}의 시그널링 서버에 연결하기를 포기했습니다. 서버를 띄운 뒤(npm run signal) 방에 들어가기를 다시 누르세요.',
  'signal.status.room-expired': '오래 아무 일도 없어서 서버가 방을 닫았습니다. 방에 들어가기를 눌러 다시 들어가세요.',
  'signal.role.polite': '내 역할: polite (양쪽이 동시에 오퍼를 내면 내가 양보합니다)',
  'signal.role.impolite': '내 역할: impolite (양쪽이 동시에 오퍼를 내면 상대가 양보합니다)',

  'signal.server.line': '시그널링 서버: {url}',
  'signal.server.rule.query': '페이지 주소의 ?signal= 매개변수로 정했습니다',
  'signal.server.rule.build': '사이트를 빌드할 때 설정한 주소입니다',
  'signal.server.rule.same-origin': '이 페이지를 내려준 서버입니다',
  'signal.server.rule.default': '따로 정한 것이 없어서 npm run signal의 기본 주소를 씁니다',
  'signal.server.ignored': '?signal=에 준 주소는 쓰지 않았습니다. {problem}',
  'signal.server.ignoredBuild': '빌드할 때 설정한 주소는 쓰지 않았습니다. {problem}',
  'signal.problem.not-a-url': 'URL 형식이 아닙니다.',
  'signal.problem.not-websocket': 'ws:// 또는 wss://로 시작해야 합니다.',
  'signal.problem.has-credentials': '사용자 이름이나 비밀번호가 들어 있으면 안 됩니다.',
  'signal.problem.insecure-from-secure-page': 'https 페이지는 이 컴퓨터가 아닌 곳에 wss://로만 연결할 수 있습니다.',
  'signal.problem.too-long': '2,048자보다 깁니다.',
  'signal.problem.refused-by-policy':
    '이 페이지의 보안 정책(CSP)은 다음 서버로만 연결을 허용합니다: {allowed}. 그 밖의 서버로 가는 연결은 브라우저가 막습니다. 그 서버를 쓰려면 PUBLIC_SIGNAL_URL에 주소를 넣어 사이트를 다시 빌드하세요(예: PUBLIC_SIGNAL_URL={url} npm start). 그때까지 실습은 위에 적힌 기본 서버에 연결합니다.',
  'signal.policy.self': '{origin}(이 사이트의 서버)',

  'signal.send.heading': '메시지 보내 보기',
  'signal.send.offer': '진짜 오퍼 보내기',
  'signal.send.bye': 'bye 보내기',
  'signal.send.note':
    '오퍼는 데이터 채널 하나를 단 일회용 RTCPeerConnection이 만듭니다. 상대는 로그에 남기기만 하고 답하지 않습니다. 받은 오퍼로 통화를 여는 일은 8장에서 합니다. bye는 통화를 끝낼 뿐, 방에서 나가게 하지는 않습니다.',
  'signal.send.notReady': '보내지 않았습니다. 상대가 먼저 방에 들어와야 합니다.',
  'signal.send.failed': '브라우저가 오퍼를 만들지 못했습니다: {name}',

  'signal.log.heading': '시그널링 메시지',
  'signal.log.empty': '아직 메시지가 없습니다. 방에 들어가면 무엇이 오가는지 보입니다.',
  'signal.log.clear': '로그 지우기',
  'signal.log.out': '보냄',
  'signal.log.in': '받음',
  'signal.log.bytes': '{size}바이트',
  'signal.log.derived': '참석 확인 결과',
  'signal.log.rejected': '거부됨: {code}',
  'signal.reject.not-json': 'JSON이 아님',
  'signal.reject.too-large': '64KiB 초과',
  'signal.reject.unknown-type': '알 수 없는 type',
  'signal.reject.bad-field': '필드가 없거나 형식이 틀림',
  'signal.reject.wrong-room': '다른 방의 메시지',
  'signal.reject.own-message': '이 탭이 보낸 메시지',
  'signal.reject.not-joined': '짝이 아닌 탭이 보낸 메시지',
  'signal.reject.not-for-us': '다른 탭에 보낸 메시지',
  'signal.reject.bad-prefix': 'WRTC1.로 시작하지 않음',
  'signal.reject.bad-encoding': 'base64url이 아닌 문자가 섞임',
  'signal.reject.bad-compression': '압축을 풀 수 없는 바이트',

  'signal.manual.offer': '오퍼 만들기',
  'signal.manual.reset': '처음부터 다시',
  'signal.manual.status.idle':
    '한 기기에서 오퍼 만들기를 누르세요. 다른 기기에서는 그 오퍼를 아래에 붙여넣고(또는 QR 코드를 스캔하고) 사용하기를 누릅니다.',
  'signal.manual.status.gathering': 'ICE 후보를 모으는 중입니다. 설명(description)에 후보를 모두 담으려고 기다립니다…',
  'signal.manual.status.offer-ready':
    '오퍼가 준비됐습니다. 다른 기기에 건넨 뒤, 그쪽이 내준 앤서를 아래에 붙여넣고 사용하기를 누르세요.',
  'signal.manual.status.answer-ready':
    '앤서가 준비됐습니다. 오퍼를 만든 기기에 돌려주세요. 그쪽이 앤서를 쓰면 채널이 열립니다.',
  'signal.manual.status.connecting': '연결하는 중입니다. ICE가 경로를 확인하고 DTLS 핸드셰이크가 진행됩니다…',
  'signal.manual.status.open': '데이터 채널이 열렸습니다. 메시지를 입력하면 다른 기기로 곧장 갑니다.',
  'signal.manual.status.closed': '채널이 닫혔습니다. 다시 연결하려면 처음부터 다시를 누르세요.',
  'signal.manual.status.failed':
    '연결하지 못했습니다. 두 기기 사이에 통하는 경로가 없습니다. 서로 다른 네트워크라면 STUN이나 TURN 서버가 필요합니다. 처음부터 다시를 눌러 다시 해 보세요.',
  'signal.manual.gatherTimeout': '후보 수집이 5초 안에 끝나지 않아, 그때까지 찾은 후보만 담았습니다.',
  'signal.manual.outOffer': '내 오퍼',
  'signal.manual.outAnswer': '내 앤서',
  'signal.manual.outLabel': '다른 기기에 건넬 텍스트',
  'signal.manual.sizes': 'JSON {json}바이트 → 압축 {compressed}바이트 → 텍스트 {text}자',
  'signal.manual.copy': '복사',
  'signal.manual.copied': '복사했습니다.',
  'signal.manual.copyFailed': '브라우저가 클립보드 사용을 막았습니다. 텍스트를 선택해 직접 복사하세요.',
  'signal.manual.qrLabel': '위 텍스트의 QR 코드',
  'signal.manual.qrLoading': 'QR 코드를 그리는 중…',
  'signal.manual.qrTooBig': 'QR 코드 하나에 담기에는 너무 깁니다({text}자). 텍스트를 복사해 옮기세요.',
  'signal.manual.qrFailed': 'QR 코드 모듈을 불러오지 못했습니다. 텍스트를 복사해 옮기세요.',
  'signal.manual.inLabel': '다른 기기가 보여 주는 텍스트를 붙여넣으세요',
  'signal.manual.use': '사용하기',
  'signal.manual.empty': '먼저 다른 기기의 텍스트를 붙여넣으세요.',
  'signal.manual.scan': '카메라로 QR 코드 스캔',
  'signal.manual.stopScan': '스캔 멈추기',
  'signal.manual.scanning': '다른 기기에 뜬 QR 코드를 카메라로 비추세요…',
  'signal.manual.scanned': 'QR 코드를 읽었습니다. 사용하기를 누르세요.',
  'signal.manual.scanFailed': '카메라를 켜지 못했습니다({name}). 텍스트를 붙여넣으세요.',
  'signal.manual.bad': '이 텍스트는 쓸 수 없습니다: {reason}. WRTC1.부터 끝까지 전부 다시 복사하세요.',
  'signal.manual.code.wrong-phase':
    '지금 단계와 맞지 않습니다. 두 기기 모두 처음부터 다시를 누르고 오퍼 하나로 시작하세요.',
  'signal.manual.code.not-an-offer':
    '이것은 앤서인데, 이 페이지는 오퍼를 만든 적이 없습니다. 여기에는 오퍼를 붙여넣으세요.',
  'signal.manual.code.not-an-answer':
    '두 기기가 모두 오퍼를 만들었습니다. 오퍼는 한쪽만 냅니다. 여기서 처음부터 다시를 누르고 다른 기기의 오퍼를 붙여넣으세요.',
  'signal.manual.code.other': '브라우저가 이 설명(description)을 받아들이지 않았습니다: {name} ({message})',
  'signal.manual.messageLabel': '메시지',
  'signal.manual.send': '보내기',
  'signal.manual.you': '나',
  'signal.manual.them': '다른 기기',
} as const satisfies Record<keyof typeof en, string>;
