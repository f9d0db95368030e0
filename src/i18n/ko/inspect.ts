import type { inspect as en } from '../en/inspect';

/** Korean strings of the call inspectors: SDP, candidates, stats, sequence, save and replay. */
export const inspect = {
  'inspect.heading': '통화 들여다보기',
  'inspect.intro':
    'chrome://webrtc-internals가 전문가에게 보여 주는 내용을 읽기 쉽게 정리했습니다. 오퍼와 앤서, 시도한 주소, 실시간 수치, 메시지가 오간 순서를 보여 주며, 통화가 진행되면서 각 항목이 채워집니다.',
  'inspect.peer.local': '앨리스',
  'inspect.peer.remote': '밥',
  'inspect.lane.signaling': '시그널링(이 페이지)',
  'inspect.ms': '{value} ms',

  'inspect.log.save': '이 통화 저장',
  'inspect.log.saveHint':
    '여기 보이는 모든 내용을 JSON 파일로 내려받습니다. 나중에 카메라 없이 다시 열어 볼 수 있습니다.',
  'inspect.log.open': '저장한 통화 열기',
  'inspect.log.live': '실시간 통화로 돌아가기',
  'inspect.log.saved': '{file} 파일로 저장했습니다.',
  'inspect.log.replaying': '{date}에 저장한 통화를 보여 주는 중입니다. 카메라와 연결은 사용하지 않습니다.',
  'inspect.log.nothingToSave': '아직 저장할 내용이 없습니다. 먼저 통화를 실행하세요.',
  'inspect.log.problem': '이 파일을 열 수 없습니다. {reason} 페이지는 바뀌지 않았습니다.',
  'inspect.log.too-large': '저장된 통화라고 보기에는 파일이 너무 큽니다.',
  'inspect.log.not-json': 'JSON 파일이 아니므로 저장된 통화일 수 없습니다.',
  'inspect.log.foreign':
    '이 튜토리얼에서 저장한 통화가 아닙니다("format" 값이 "webrtc-step-by-step/call-log"가 아닙니다).',
  'inspect.log.newer-version':
    '이 튜토리얼의 더 새로운 버전에서 저장한 파일입니다(기록 버전 {version}). 이 페이지는 버전 1만 읽습니다.',
  'inspect.log.bad-version': '"version" 값이 버전 번호가 아닙니다.',
  'inspect.log.bad-field': '"{field}" 필드가 없거나 형식이 잘못되었습니다.',
  'inspect.log.unknown-call': '이 버전의 사이트가 보여 줄 수 없는 종류의 통화("{call}")가 들어 있습니다.',
  'inspect.log.no-events': '이벤트가 하나도 없습니다.',
  'inspect.log.bad-event': '{index}번 이벤트가 손상되었습니다("{field}" 필드).',
  'inspect.log.bad-sample': '{index}번 통계 샘플이 손상되었습니다("{field}" 필드).',
  'inspect.log.unreadable': '브라우저가 파일을 읽지 못했습니다.',

  'inspect.sdp.heading': '오퍼와 앤서(SDP)',
  'inspect.sdp.intro':
    'SDP(Session Description Protocol)는 각 피어가 자신을 설명하는 텍스트입니다. 줄에 마우스를 올리거나, 포커스를 주거나, 탭하면 그 줄의 의미가 나옵니다. 화살표 키로 줄 사이를 이동할 수 있습니다.',
  'inspect.sdp.offer': '오퍼',
  'inspect.sdp.answer': '앤서',
  'inspect.sdp.noOffer': '아직 오퍼가 없습니다. 앨리스가 오퍼를 로컬 세션 설명으로 설정하면 여기에 나타납니다.',
  'inspect.sdp.noAnswer': '아직 앤서가 없습니다. 밥이 앤서를 로컬 세션 설명으로 설정하면 여기에 나타납니다.',
  'inspect.sdp.setAsLocal': '{peer}의 로컬 세션 설명으로 설정되었습니다.',
  'inspect.sdp.setAsRemote': '{peer}의 원격 세션 설명으로 설정되었습니다.',
  'inspect.sdp.differs': '{peer}에게 도착한 텍스트가 보낸 텍스트와 다릅니다. 여기에는 보낸 텍스트를 보여 줍니다.',
  'inspect.sdp.session': '세션',
  'inspect.sdp.section': '미디어 섹션 {index}: {media}, mid {mid}',
  'inspect.sdp.lines': '{count}줄',
  'inspect.sdp.explainHint': '위의 줄에 마우스를 올리거나, 포커스를 주거나, 탭하면 그 줄의 의미가 나옵니다.',
  'inspect.sdp.unknownMark': '설명 없음',
  'inspect.sdp.diff.heading': '앤서가 바꾼 것',
  'inspect.sdp.diff.what': '항목',
  'inspect.sdp.diff.codecs': '코덱',
  'inspect.sdp.diff.direction': '방향',
  'inspect.sdp.diff.setup': 'DTLS 역할(a=setup)',
  'inspect.sdp.diff.first': '송신에 쓰는 코덱: {codec}',
  'inspect.sdp.diff.dropped': '빠진 코덱: {codecs}',
  'inspect.sdp.diff.allKept': '앤서가 모두 유지함',
  'inspect.sdp.diff.rejected': '앤서가 이 섹션을 거절했습니다. 이 섹션으로는 미디어가 흐르지 않습니다.',
  'inspect.sdp.dir.sendrecv': '{peer}: 송신과 수신',
  'inspect.sdp.dir.sendonly': '{peer}: 송신만',
  'inspect.sdp.dir.recvonly': '{peer}: 수신만',
  'inspect.sdp.dir.inactive': '{peer}: 송신도 수신도 안 함',
  'inspect.sdp.role.actpass': '{peer}: 역할 선택을 상대에게 맡김',
  'inspect.sdp.role.active': '{peer}: DTLS 핸드셰이크 시작(클라이언트)',
  'inspect.sdp.role.passive': '{peer}: DTLS 핸드셰이크 대기(서버)',
  'inspect.sdp.role.holdconn': '{peer}: DTLS 연결 보류',

  'inspect.sdp.version': '프로토콜 버전입니다. SDP에는 버전 1이 나온 적이 없으므로 항상 0입니다.',
  'inspect.sdp.origin':
    '오리진(origin): 이 세션 설명을 만든 주체입니다. 브라우저는 사용자 이름 자리에 "-"를 쓰고, 통화 내내 바뀌지 않는 무작위 세션 ID({sessionId})를 씁니다. 버전({sessionVersion})은 세션 설명이 바뀔 때마다 올라갑니다. 주소({address})는 자리만 채운 값이고, 실제 주소는 ICE 후보에 있습니다.',
  'inspect.sdp.session-name':
    '세션 이름입니다. WebRTC는 이 값을 쓰지 않으므로 브라우저는 자리만 채운 값("{name}")을 적습니다.',
  'inspect.sdp.timing': '타이밍: 세션이 시작하고 끝나는 시각입니다({start} {stop}).',
  'inspect.sdp.timing.unbounded': '"0 0"은 일정이 정해지지 않았다는 뜻입니다. 누군가 통화를 끊을 때까지 이어집니다.',
  'inspect.sdp.connection':
    '이 미디어 섹션의 연결 주소({address})입니다. 실제 주소는 ICE 후보가 정하며, 이 줄은 오래된 소프트웨어와의 호환을 위해 남아 있습니다.',
  'inspect.sdp.connection.placeholder': '0.0.0.0은 자리만 채운 값입니다. 아직 알려진 주소가 없습니다.',
  'inspect.sdp.bandwidth': '이 섹션의 대역폭 제한: {value}',
  'inspect.sdp.media':
    '미디어 줄: 여기서 {media}의 새 미디어 섹션이 시작됩니다. 포트는 {port}, 전송 방식은 {protocol}(DTLS로 합의한 SRTP 키로 암호화하고 피드백을 주고받는 RTP)이며, 사용할 수 있는 페이로드 타입 {count}개가 선호하는 순서대로 나옵니다.',
  'inspect.sdp.media.rejected': '포트 0은 이 섹션을 거절했다는 뜻입니다. 이 섹션으로는 미디어가 흐르지 않습니다.',
  'inspect.sdp.media.placeholder': '포트 9는 자리만 채운 값("discard")입니다. 실제 포트는 ICE 후보에 있습니다.',
  'inspect.sdp.application':
    '데이터용 미디어 줄입니다. 이 섹션은 오디오나 비디오가 아니라 데이터 채널을 실어 나릅니다. 포트 {port}, 전송 방식 {protocol}(UDP 위의 DTLS 안에서 SCTP 메시지를 주고받음), 형식 "{format}"(WebRTC 데이터 채널)입니다. 연결의 모든 데이터 채널이 이 섹션 하나를 함께 씁니다.',
  'inspect.sdp.application.rejected': '포트 0은 이 섹션이 거절되었다는 뜻입니다. 데이터 채널을 열 수 없습니다.',
  'inspect.sdp.application.placeholder': '포트 9는 자리표시자("discard")입니다. 실제 포트는 후보에 들어 있습니다.',
  'inspect.sdp.group': '미디어 섹션({mids})을 {semantics} 규칙으로 묶습니다.',
  'inspect.sdp.group.bundle':
    'BUNDLE: 묶인 섹션들이 섹션마다 따로 연결하지 않고 연결 하나, 포트 하나, ICE 협상 하나를 함께 씁니다. 연결 수가 줄고 설정이 빨라집니다.',
  'inspect.sdp.extmap-allow-mixed': '한 스트림 안에서 RTP 헤더 확장을 짧은 형식과 긴 형식으로 섞어 쓸 수 있습니다.',
  'inspect.sdp.msid-semantic': '미디어 스트림 ID가 "{semantics}" 규칙을 따릅니다. 여기서 이름이 나온 스트림: {streams}',
  'inspect.sdp.rtcp':
    'RTCP(미디어에 관한 제어 메시지)가 갈 포트: {port}. rtcp-mux를 쓰면 미디어 포트를 함께 쓰므로 이 값은 자리만 채운 것입니다.',
  'inspect.sdp.candidate':
    '세션 설명 안에 들어 있는 ICE 후보입니다. 이 피어에 닿을 수 있는 주소({address}, 포트 {port}, {protocol})이며 유형은 {type}입니다.',
  'inspect.sdp.candidate.host': 'host: 이 기기 자체의 주소입니다.',
  'inspect.sdp.candidate.srflx': 'srflx(서버 반사, server reflexive): STUN 서버가 본 NAT 바깥의 공인 주소입니다.',
  'inspect.sdp.candidate.prflx': 'prflx(피어 반사, peer reflexive): 연결성 검사 중에 상대 피어가 본 주소입니다.',
  'inspect.sdp.candidate.relay': 'relay: 미디어를 중계하는 TURN 서버의 주소입니다.',
  'inspect.sdp.candidate.mdns':
    '".local" 이름은 이 기기의 실제 IP 주소를 페이지에 드러내지 않으려고 쓰는 mDNS 이름입니다. 같은 로컬 네트워크의 기기라면 어느 것이든 이 이름을 풀 수 있습니다. Chrome은 페이지가 카메라나 마이크 권한을 받기 전까지 이런 이름을 쓰므로, 카메라를 허용하지 않고 테스트 패턴을 쓰면 이 이름이 보입니다.',
  'inspect.sdp.end-of-candidates': '후보 끝: 이 피어가 제시할 주소를 모두 찾았습니다.',
  'inspect.sdp.ice-ufrag':
    'ICE 사용자 이름 조각({ufrag})입니다. 상대 피어가 연결성 검사에 이 값을 넣으므로, 양쪽 모두 그 검사가 이 통화의 것임을 알 수 있습니다.',
  'inspect.sdp.ice-pwd':
    'ICE 비밀번호({length}자)입니다. 연결성 검사에 서명하는 데 쓰이므로, 이 세션 설명을 보지 못한 사람은 검사를 위조할 수 없습니다.',
  'inspect.sdp.ice-options': '이 피어가 지원하는 ICE 옵션: {options}',
  'inspect.sdp.ice-options.trickle':
    'trickle: 후보를 세션 설명 안에 한꺼번에 넣지 않고, 세션 설명 뒤에 하나씩 보낼 수 있습니다.',
  'inspect.sdp.ice-lite':
    '이 피어는 단순화한 ICE(ice-lite)를 씁니다. 서버에서 흔히 쓰는 방식으로, 검사에 응답만 합니다.',
  'inspect.sdp.fingerprint':
    '이 피어가 쓰는 DTLS 인증서의 지문({algorithm})입니다. 암호화 핸드셰이크 중에 상대 피어가 인증서가 이 지문과 일치하는지 확인합니다. 이것이 암호화를 이 시그널링에 묶어 줍니다.',
  'inspect.sdp.setup': 'DTLS 역할: {role}. 암호화 핸드셰이크를 누가 시작할지 정합니다.',
  'inspect.sdp.setup.actpass': '"어느 쪽이든 좋음": 오퍼가 선택을 앤서에게 맡깁니다.',
  'inspect.sdp.setup.active': '이 피어가 핸드셰이크를 시작합니다. DTLS 클라이언트입니다.',
  'inspect.sdp.setup.passive': '이 피어는 상대가 시작하기를 기다립니다. DTLS 서버입니다.',
  'inspect.sdp.setup.holdconn': '지금은 연결하지 않습니다.',
  'inspect.sdp.mid':
    '미디어 ID "{mid}": 이 섹션의 이름입니다. ICE 후보와 BUNDLE은 이 이름으로 섹션을 가리키고, RTP 패킷에도 이 값이 실립니다.',
  'inspect.sdp.extmap': 'RTP 헤더 확장 {id}번: 패킷마다 붙는 작은 추가 필드로, {uri}에 정의되어 있습니다.',
  'inspect.sdp.extmap.audio-level':
    '패킷에 담긴 오디오의 크기를 알려 줍니다. 받는 쪽은 디코딩하지 않고도 누가 말하고 있는지 알 수 있습니다.',
  'inspect.sdp.extmap.abs-send-time': '정확한 송신 시각을 담습니다. 쓸 수 있는 대역폭을 추정하는 데 씁니다.',
  'inspect.sdp.extmap.transport-cc':
    '연결 전체에 걸쳐 패킷에 번호를 매깁니다. 받는 쪽은 무엇이 언제 도착했는지 알려 줄 수 있습니다(혼잡 제어).',
  'inspect.sdp.extmap.mid':
    '미디어 ID를 담습니다. 여러 섹션이 포트 하나를 함께 쓸 때 받는 쪽이 패킷이 어느 섹션의 것인지 알 수 있습니다.',
  'inspect.sdp.extmap.toffset': '캡처 시각과 송신 시각의 차이를 담습니다.',
  'inspect.sdp.extmap.video-orientation': '카메라의 회전 정보를 담습니다. 받는 쪽은 영상을 바로 세울 수 있습니다.',
  'inspect.sdp.extmap.playout-delay': '보내는 쪽이 재생 지연을 줄이거나 늘려 달라고 요청할 수 있습니다.',
  'inspect.sdp.extmap.video-content-type': '영상이 카메라인지 화면 공유인지 알려 줍니다.',
  'inspect.sdp.extmap.video-timing': '인코더를 거치는 프레임의 타이밍을 통계용으로 담습니다.',
  'inspect.sdp.extmap.color-space': '영상의 색 공간을 담습니다.',
  'inspect.sdp.extmap.rtp-stream-id':
    '스트림의 이름(rid)을 담습니다. 트랙 하나를 여러 화질로 보낼 때(사이멀캐스트) 씁니다.',
  'inspect.sdp.extmap.repaired-rtp-stream-id': '재전송 패킷이 복구하는 스트림의 이름을 담습니다.',
  'inspect.sdp.extmap.abs-capture-time': '미디어를 캡처한 시각을 담습니다. 동기화에 씁니다.',
  'inspect.sdp.extmap.dependency-descriptor': '영상 프레임끼리 어떻게 의존하는지 알려 줍니다(AV1, 스케일러블 영상).',
  'inspect.sdp.direction': '이 섹션의 방향입니다. 이 줄을 쓴 피어의 입장에서 본 방향입니다.',
  'inspect.sdp.direction.sendrecv': 'sendrecv: 보내기도 하고 받기도 합니다.',
  'inspect.sdp.direction.sendonly': 'sendonly: 보내기만 합니다.',
  'inspect.sdp.direction.recvonly':
    'recvonly: 받기만 합니다. 앤서에 이 값이 있으면 수신자가 “돌려보낼 것이 없다”고 말하는 것입니다.',
  'inspect.sdp.direction.inactive': 'inactive: 어느 방향으로도 아무것도 흐르지 않습니다.',
  'inspect.sdp.msid':
    '이 섹션이 싣는 스트림과 트랙: 스트림 {stream}, 트랙 {track}. 받는 쪽은 이 값으로 트랙을 같은 MediaStream(track 이벤트에 담긴 스트림)으로 묶습니다.',
  'inspect.sdp.rtcp-mux': 'RTP와 RTCP가 포트 두 개를 쓰지 않고 하나를 함께 씁니다.',
  'inspect.sdp.rtcp-rsize': 'RTCP 메시지를 작게(“reduced size”) 보낼 수 있어 대역폭을 아낍니다.',
  'inspect.sdp.rtcp-xr': '확장 RTCP 보고: {value}(받는 쪽도 왕복 시간을 잽니다).',
  'inspect.sdp.rtpmap':
    '페이로드 타입 {pt}: 코덱 {codec}, 클록 속도 {clockRate} Hz. 패킷에는 코덱 이름 대신 “타입 {pt}”만 적습니다.',
  'inspect.sdp.rtpmap.opus': 'Opus는 WebRTC의 표준 오디오 코덱입니다. 말소리와 음악 모두에 좋고 패킷 손실에 강합니다.',
  'inspect.sdp.rtpmap.vp8': 'VP8은 모든 WebRTC 브라우저가 H.264와 함께 반드시 지원해야 하는 영상 코덱입니다.',
  'inspect.sdp.rtpmap.vp9':
    'VP9는 VP8의 후속 코덱입니다. 같은 비트레이트에서 화질이 더 좋지만 프로세서가 더 많이 일합니다.',
  'inspect.sdp.rtpmap.h264':
    'H.264는 모든 WebRTC 브라우저가 반드시 지원해야 하는 또 하나의 영상 코덱입니다(최소한 Constrained Baseline 프로파일). 하드웨어로 디코딩하는 경우가 많으며, 어떤 변형(프로파일)인지는 fmtp 줄에 나옵니다.',
  'inspect.sdp.rtpmap.h265': 'H.265(HEVC)는 H.264의 후속 코덱입니다.',
  'inspect.sdp.rtpmap.av1':
    'AV1은 새로운 영상 코덱입니다. 여기 나온 코덱 중 압축률이 가장 높고 인코딩 부담도 가장 큽니다.',
  'inspect.sdp.rtpmap.rtx':
    'rtx는 코덱이 아닙니다. 다른 페이로드 타입(fmtp 줄에 나옴)에서 잃어버린 패킷을 다시 보냅니다.',
  'inspect.sdp.rtpmap.red':
    'red(중복 전송)는 앞서 보낸 데이터의 사본을 패킷마다 함께 넣어, 패킷 하나를 잃어도 복구할 수 있게 합니다.',
  'inspect.sdp.rtpmap.ulpfec': 'ulpfec은 잃어버린 패킷을 재구성할 수 있는 오류 정정 패킷을 추가로 보냅니다.',
  'inspect.sdp.rtpmap.flexfec-03': 'flexfec은 잃어버린 패킷을 재구성할 수 있는 오류 정정 패킷을 추가로 보냅니다.',
  'inspect.sdp.rtpmap.g722': 'G.722는 오래된 광대역 전화 코덱입니다.',
  'inspect.sdp.rtpmap.pcmu': 'PCMU(G.711 µ-law)는 전통적인 전화 코덱으로, 전화망과 통화할 때 씁니다.',
  'inspect.sdp.rtpmap.pcma': 'PCMA(G.711 A-law)는 전통적인 전화 코덱으로, 전화망과 통화할 때 씁니다.',
  'inspect.sdp.rtpmap.cn':
    'CN(컴포트 노이즈)은 말이 없는 동안 약한 배경 소음을 보내, 통화가 끊긴 것처럼 들리지 않게 합니다.',
  'inspect.sdp.rtpmap.telephone-event': 'telephone-event는 전화 키패드처럼 누른 키(DTMF)를 전달합니다.',
  'inspect.sdp.rtpmap.channels': '오디오 채널 {channels}개.',
  'inspect.sdp.fmtp': '페이로드 타입 {pt}({codec})의 설정: {parameters}',
  'inspect.sdp.fmtp.apt': 'apt={apt}: 페이로드 타입 {apt}({aptCodec})의 재전송 패킷입니다.',
  'inspect.sdp.rtcp-fb': '받는 쪽이 페이로드 타입 {pt}({codec})에 대해 보낼 수 있는 피드백: {feedback}',
  'inspect.sdp.rtcp-fb.nack': '부정 응답(NACK): “이 패킷들을 잃어버렸으니 다시 보내 주세요.”',
  'inspect.sdp.rtcp-fb.pli': '화면 손실 알림(PLI): “화면 일부를 잃어버렸으니 완전한 새 화면을 보내 주세요.”',
  'inspect.sdp.rtcp-fb.fir':
    '전체 인트라 프레임 요청(FIR): “지금 완전한 화면을 보내 주세요.” 새 시청자가 들어왔을 때 등에 씁니다.',
  'inspect.sdp.rtcp-fb.remb': '받는 쪽이 감당할 수 있는 최대 초당 비트 수를 추정해 보내는 쪽에 알려 줍니다.',
  'inspect.sdp.rtcp-fb.transport-cc':
    '받는 쪽이 각 패킷의 도착 시각을 알려 주면, 보내는 쪽이 직접 대역폭을 계산합니다(혼잡 제어).',
  'inspect.sdp.ssrc':
    '동기화 소스(SSRC) {ssrc}: 한 스트림의 모든 RTP 패킷에 들어가는 번호입니다. 속성 {attribute}: {value}',
  'inspect.sdp.ssrc.cname':
    'cname은 한 송신자의 모든 스트림이 함께 쓰는 이름입니다. 그 덕분에 오디오와 영상을 맞춰 재생할 수 있습니다.',
  'inspect.sdp.ssrc.msid': 'msid는 a=msid 줄과 마찬가지로 이 소스를 스트림과 트랙에 연결합니다.',
  'inspect.sdp.ssrc-group': '{semantics} 규칙으로 묶은 소스: {ssrcs}',
  'inspect.sdp.ssrc-group.fid': 'FID: 두 번째 소스가 첫 번째 소스의 재전송(rtx)을 싣습니다.',
  'inspect.sdp.ssrc-group.sim': 'SIM: 같은 영상을 여러 화질로 보내는 소스들입니다(사이멀캐스트).',
  'inspect.sdp.sctp-port':
    '암호화된 연결 안에서 데이터 채널이 쓰는 SCTP 포트: {port}. UDP 포트가 아닙니다. UDP 포트는 ICE 후보에 들어 있습니다.',
  'inspect.sdp.max-message-size':
    '이 피어가 받는 데이터 채널 메시지의 최대 크기: {size}바이트. 상대는 이 값을 pc.sctp.maxMessageSize로 읽으며, 이보다 큰 메시지를 send()하면 TypeError가 납니다.',
  'inspect.sdp.unknown':
    '이 페이지가 (아직) 설명하지 않는 줄입니다. 브라우저는 이해하지 못하는 속성을 건너뛰므로, 모르는 줄이 있어도 문제가 되지 않습니다.',

  'inspect.cand.heading': 'ICE 후보',
  'inspect.cand.intro':
    'ICE 후보는 피어에 닿을 수 있을지도 모르는 주소입니다. 피어는 로컬 세션 설명을 설정한 뒤 후보를 찾고, 이 페이지가 후보를 상대 피어에게 전달합니다.',
  'inspect.cand.empty': '아직 후보가 없습니다. 피어가 로컬 세션 설명을 설정하고 수집을 시작하면 나타납니다.',
  'inspect.cand.caption': '수집된 순서대로 나열한 후보',
  'inspect.cand.col.time': '시간',
  'inspect.cand.col.peer': '피어',
  'inspect.cand.col.type': '유형',
  'inspect.cand.col.protocol': '프로토콜',
  'inspect.cand.col.address': '주소',
  'inspect.cand.col.port': '포트',
  'inspect.cand.col.priority': '우선순위',
  'inspect.cand.col.foundation': '파운데이션',
  'inspect.cand.col.component': '컴포넌트',
  'inspect.cand.col.mid': 'sdpMid',
  'inspect.cand.col.status': '전달 여부',
  'inspect.cand.since': '+{ms} ms',
  'inspect.cand.delivered': '+{ms} ms에 {peer}에게 전달됨',
  'inspect.cand.waiting': '{peer}의 전송 대기함에서 대기 중',
  'inspect.cand.end': '{peer}의 후보 수집이 끝났습니다. 더 이상 후보가 없습니다.',
  'inspect.cand.unreadable': '이 페이지가 읽을 수 없는 후보:',
  'inspect.cand.parts': '유형 {type} · 로컬 {local} · 컴포넌트 {component}',
  'inspect.cand.mdns': 'mDNS 이름',
  'inspect.cand.inUse': '사용 중',
  'inspect.cand.selected.heading': '선택된 후보 쌍',
  'inspect.cand.selected.none': '아직 선택된 쌍이 없습니다. 피어가 연결되면 ICE가 하나를 고릅니다.',
  'inspect.cand.selected': '{peer}: {local}({localType}) ⇄ {remote}({remoteType}), {protocol}, 왕복 시간 {rtt}',
  'inspect.cand.glossary': '각 열의 의미',
  'inspect.cand.help.type':
    'host는 기기 자체의 주소, srflx(서버 반사)는 STUN 서버가 본 공인 주소, prflx(피어 반사)는 검사 중에 상대 피어가 본 주소, relay는 TURN 서버의 주소입니다. 이 페이지에서는 두 피어가 한 컴퓨터에 있으므로 host 후보만으로 충분합니다.',
  'inspect.cand.help.address':
    '.local로 끝나는 주소는 mDNS 이름입니다. 브라우저는 기기의 실제 IP 주소를 웹 페이지에 감추고, 같은 로컬 네트워크의 어떤 기기든 풀 수 있는 무작위 이름을 대신 알립니다. Chrome은 페이지가 카메라나 마이크 권한을 받으면 실제 주소를 보여 주므로, .local 이름은 카메라를 허용하지 않고 테스트 패턴을 쓸 때 보입니다.',
  'inspect.cand.help.priority':
    'ICE는 우선순위가 높은 쌍부터 시도합니다. 이 숫자는 세 부분으로 만듭니다: 2²⁴ × 유형 선호도(host가 가장 높고 relay가 가장 낮음) + 2⁸ × 로컬 선호도(어느 네트워크 인터페이스인지) + (256 − 컴포넌트).',
  'inspect.cand.help.foundation':
    '파운데이션(foundation)이 같은 후보는 같은 인터페이스와 같은 서버에서 나온 것이므로, ICE는 이들이 비슷하게 동작하리라고 예상할 수 있습니다.',
  'inspect.cand.help.component': '컴포넌트 1은 RTP입니다. rtcp-mux를 쓰면 컴포넌트 2(RTCP)는 더 이상 없습니다.',
  'inspect.cand.help.mid':
    '후보가 어느 미디어 섹션(a=mid)을 위한 것인지 나타냅니다. BUNDLE을 쓰면 모든 섹션이 첫 섹션의 것을 함께 씁니다.',
  'inspect.cand.help.status':
    '수집된 후보는 이 페이지가 addIceCandidate()로 상대 피어에게 전달할 때까지 자기 피어의 전송 대기함에서 기다립니다.',

  'inspect.stats.heading': '실시간 통계',
  'inspect.stats.intro':
    '통화가 이어지는 동안 두 피어의 getStats()를 1초마다 읽어, 방향과 미디어 종류별로 보여 줍니다.',
  'inspect.stats.status.waiting': '피어가 연결되면 시작합니다.',
  'inspect.stats.status.sampling': 'getStats()를 1초마다 읽는 중입니다.',
  'inspect.stats.status.paused': '페이지가 숨겨져 있어 잠시 멈췄습니다.',
  'inspect.stats.status.stopped': '중지됨: 통화가 끝났습니다.',
  'inspect.stats.status.replay': '저장된 통화의 기록입니다.',
  'inspect.stats.direction': '{from} → {to}',
  'inspect.stats.nothing': '이 방향으로는 미디어가 없습니다. 이 통화에서 {from}의 연결은 아무것도 보내지 않습니다.',
  'inspect.stats.metric': '측정 항목',
  'inspect.stats.audio': '오디오',
  'inspect.stats.video': '영상',
  'inspect.stats.codec': '코덱',
  'inspect.stats.resolution': '해상도',
  'inspect.stats.fps': '초당 프레임 수',
  'inspect.stats.bitrate': '비트레이트',
  'inspect.stats.packetsLost': '손실 패킷',
  'inspect.stats.jitter': '지터',
  'inspect.stats.rtt': '왕복 시간',
  'inspect.stats.framesDecoded': '디코딩한 프레임',
  'inspect.stats.kbps': '{value} kbit/s',
  'inspect.stats.mbps': '{value} Mbit/s',
  'inspect.stats.charts': '최근 1분',
  'inspect.stats.chart.bitrate': '수신 비트레이트(kbit/s)',
  'inspect.stats.chart.fps': '수신 영상의 초당 프레임 수',
  'inspect.stats.chart.rtt': '선택된 후보 쌍의 왕복 시간(ms)',
  'inspect.stats.chart.summary': '{name}, 최근 1분: 현재 {latest}, 최고 {max}.',
  'inspect.stats.chart.empty': '{name}: 아직 데이터가 없습니다.',
  'inspect.stats.glossary': '각 측정 항목의 의미',
  'inspect.stats.help.bitrate':
    '초당 비트 수입니다. 이전 측정 이후 도착한 바이트 수로 계산합니다. 보내는 쪽은 네트워크가 감당할 수 있는 만큼으로 이 값을 조절합니다.',
  'inspect.stats.help.fps':
    '초마다 도착해 화면에 표시되는 프레임 수입니다. 영상 소스를 따라가며(카메라는 보통 24~30), 네트워크나 프로세서가 따라가지 못하면 떨어집니다. 탭이 숨겨지면 브라우저가 테스트 패턴의 타이머를 1초에 한 번 정도로만 실행합니다.',
  'inspect.stats.help.packetsLost':
    '통화를 시작한 뒤 도착하지 않은 RTP 패킷 수입니다. 한 컴퓨터 안에서는 0으로 유지됩니다.',
  'inspect.stats.help.jitter':
    '패킷이 도착하는 간격이 얼마나 불규칙한지 나타냅니다. 받는 쪽은 버퍼에 패킷을 잠시 붙잡아 두어 이를 고르게 만듭니다.',
  'inspect.stats.help.rtt':
    '메시지가 상대 피어에게 갔다가 돌아오는 데 걸리는 시간입니다. 한 컴퓨터 안에서는 1 ms 안팎입니다.',
  'inspect.stats.help.framesDecoded': '통화를 시작한 뒤 받는 쪽이 디코딩한 프레임 수입니다.',

  'inspect.seq.heading': '누가 언제 무엇을 보냈나',
  'inspect.seq.intro':
    '앨리스와 밥은 ICE가 둘을 연결하기 전까지 직접 이야기하지 않습니다. 오퍼, 앤서, 후보는 시그널링 경로를 거쳐 오가는데, 여기서는 이 페이지 자체가 그 경로입니다. 시간은 첫 메시지를 기준으로 셉니다.',
  'inspect.seq.empty': '아직 메시지가 없습니다. 앨리스가 오퍼를 설정하면 나타납니다.',
  'inspect.seq.listHeading': '같은 내용을 목록으로',
  'inspect.seq.kind.offer': '오퍼',
  'inspect.seq.kind.answer': '앤서',
  'inspect.seq.kind.candidate': '후보',
  'inspect.seq.kind.end-of-candidates': '후보 끝',
  'inspect.seq.sent': '+{ms} ms: {from}에게서 페이지로 {what} 전달',
  'inspect.seq.delivered': '+{ms} ms: 페이지에서 {to}에게 전달',
  'inspect.seq.waiting': '페이지가 {to}에게 전달하기를 기다리는 중',
  'inspect.seq.notSent': '{from}의 {what}: 설정되지 않은 채 페이지에 도착',
  'inspect.seq.endNote': '+{ms} ms: {from}에게 더 이상 후보 없음',
} as const satisfies Record<keyof typeof en, string>;
