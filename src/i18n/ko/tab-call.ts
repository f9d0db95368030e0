import type { tabCall as en } from '../en/tab-call';

/** Korean strings of chapter 8's call across two tabs: room, roles, the phases of one side, perfect negotiation. */
export const tabCall = {
  'tab.heading': '이 탭이 맡은 쪽',
  'tab.transport.legend': '상대에게 닿는 방법',
  'tab.transport.broadcast': '이 브라우저의 다른 탭 (BroadcastChannel, 서버 없음)',
  'tab.transport.websocket': '다른 탭이나 다른 기기, 시그널링 서버 경유 (WebSocket)',
  'tab.server.line': '시그널링 서버: {url}',
  'tab.room.line': '방 {room}',
  'tab.secondTab': '이 통화를 새 탭에서 열기',
  'tab.secondTab.note': '다른 기기에서는 같은 주소를 여세요(서버 방식으로).',
  'tab.join': '방에 다시 들어가기',

  'tab.status.idle': '방에 들어가 있지 않습니다. 방에 다시 들어가기를 누르세요.',
  'tab.status.joining': '방에 들어가는 중…',
  'tab.status.waiting': '방에 혼자 있습니다. 이 통화를 새 탭에서 열면 그 탭이 상대가 됩니다.',
  'tab.status.ready': '두 쪽 모두 방에 있습니다.',
  'tab.status.full':
    '방이 찼습니다. 이미 탭 두 개가 들어가 있습니다. 다른 통화를 하려면 이 장을 ?room= 없이 새로 여세요.',
  'tab.status.unreachable':
    '{url}의 시그널링 서버에 연결할 수 없습니다. npm run signal로 서버를 띄우세요(npm start로 사이트를 띄워도 됩니다). 다시 시도하는 중…',
  'tab.status.failed':
    '{url}의 시그널링 서버에 끝내 연결하지 못했습니다. 서버를 띄운 다음 방에 다시 들어가기를 누르세요.',
  'tab.status.room-expired': '오래 쓰지 않아 서버가 방을 닫았습니다. 방에 다시 들어가기를 누르세요.',
  'tab.role.caller': '이 탭이 겁니다. 먼저 들어왔으므로 impolite 쪽이고, 손으로 할 때는 발신자입니다.',
  'tab.role.callee': '이 탭이 받습니다. 나중에 들어왔으므로 polite 쪽이고, 손으로 할 때는 수신자입니다.',

  'tab.mode.legend': '협상을 누가 진행하나',
  'tab.mode.by-hand': '손으로: 버튼 하나에 API 호출 하나, 탭마다 따로',
  'tab.mode.automatic': '자동으로: perfect negotiation',
  'tab.mode.locked': '방식은 통화와 통화 사이에만 바꿀 수 있습니다. 먼저 끊으세요.',
  'tab.source.legend': '이 탭이 보낼 영상',
  'tab.source.camera': '카메라',
  'tab.source.test-pattern': '테스트 패턴 (카메라 없이)',
  'tab.start': '시작',
  'tab.call': '통화',
  'tab.glare': '양쪽이 동시에 제안하게 하기',
  'tab.hangup': '끊기',
  'tab.video.local': '이 탭 (로컬)',
  'tab.video.remote': '상대 (원격)',
  'tab.video.none': '아직 받은 영상이 없습니다.',
  'tab.states.caption': '이 탭 RTCPeerConnection의 네 가지 상태와 각 상태가 거쳐 온 값',
  'tab.states.peer': '이 탭',

  'tab.steps.heading': '손으로: 이 탭의 단계',
  'tab.steps.note':
    '두 탭 모두 모든 단계를 보여 줍니다. 버튼은 차례가 된 탭에서만 열리고, 다른 탭은 왜 기다리는지 알려 줍니다.',
  'tab.side.caller': '발신자',
  'tab.side.callee': '수신자',
  'tab.side.both': '양쪽',
  'tab.phase.create-peer': '이 탭의 피어 연결 만들기',
  'tab.phase.add-tracks': '이 탭의 트랙 추가하기',
  'tab.phase.create-offer': '오퍼 만들기',
  'tab.phase.set-local-offer': '오퍼를 로컬에 설정하고 보내기',
  'tab.phase.set-remote-offer': '받은 편지함의 오퍼 적용하기',
  'tab.phase.create-answer': '앤서 만들기',
  'tab.phase.set-local-answer': '앤서를 로컬에 설정하고 보내기',
  'tab.phase.set-remote-answer': '받은 편지함의 앤서 적용하기',
  'tab.phase.add-candidates': '받은 편지함에서 기다리는 후보 추가하기',
  'tab.phase.hang-up': '끊기 (양쪽 모두)',
  'tab.inbox': '이 탭의 받은 편지함에서 기다리는 것: 세션 설명 {descriptions}개, 후보 {candidates}개.',

  'tab.reason.busy': '다른 단계가 아직 실행 중입니다. 끝날 때까지 기다리세요.',
  'tab.reason.failed': '통화가 실패했습니다. 끊기를 누른 다음 다시 시작하세요.',
  'tab.reason.automatic': '자동 방식입니다. 이 일은 perfect negotiation이 대신합니다.',
  'tab.reason.by-hand': '자동 방식에서만 쓸 수 있습니다. 손으로 할 때는 아래 단계 버튼을 쓰세요.',
  'tab.reason.no-room': '이 탭은 아직 상대와 같은 방에 있지 않습니다.',
  'tab.reason.other-side': '이 단계는 다른 탭이 실행합니다. 이번 통화에서 그쪽이 {role}입니다.',
  'tab.reason.peer-exists': '이 탭에는 이미 피어 연결이 있습니다.',
  'tab.reason.no-peer': '먼저 이 탭의 피어 연결을 만드세요.',
  'tab.reason.no-stream': '먼저 시작을 누르세요. 아직 보낼 영상이 없습니다.',
  'tab.reason.has-stream': '이 탭은 이미 영상을 내보내고 있습니다.',
  'tab.reason.tracks-added': '트랙은 이미 추가했습니다.',
  'tab.reason.answer-made':
    '세션 설명을 이미 만들었습니다. 지금 트랙을 추가하면 오퍼와 앤서를 한 번 더 주고받아야 합니다.',
  'tab.reason.no-tracks': '먼저 이 탭의 트랙을 추가하세요. 그렇지 않으면 오퍼에 영상이 빠집니다.',
  'tab.reason.offer-exists': '오퍼는 이미 만들었습니다.',
  'tab.reason.not-stable': '연결이 stable이 아니라 {state} 상태입니다.',
  'tab.reason.no-offer': '먼저 오퍼를 만드세요.',
  'tab.reason.alone': '상대가 방에 없습니다. 지금 보내면 아무에게도 닿지 않습니다.',
  'tab.reason.no-offer-received': '받은 편지함에 아직 오퍼가 없습니다. 발신자가 먼저 오퍼를 설정하고 보내야 합니다.',
  'tab.reason.no-remote-offer': '먼저 오퍼를 적용하세요(연결 상태: {state}).',
  'tab.reason.answer-exists': '앤서는 이미 만들었습니다.',
  'tab.reason.no-answer': '먼저 앤서를 만드세요.',
  'tab.reason.no-answer-received': '받은 편지함에 아직 앤서가 없습니다. 수신자가 먼저 설정하고 보내야 합니다.',
  'tab.reason.not-waiting': '이 탭의 오퍼가 설정되어 있지 않습니다(연결 상태: {state}).',
  'tab.reason.no-candidates': '받은 편지함에 기다리는 후보가 없습니다.',
  'tab.reason.candidates-early': '후보가 와 있지만 이 탭은 아직 상대의 세션 설명을 모릅니다. 그것부터 적용하세요.',
  'tab.reason.no-call': '아직 연결된 자동 통화가 없습니다. 먼저 통화를 누르세요.',

  'tab.result.done': '{call}: {ms}ms 만에 끝났습니다.',
  'tab.result.error': '{call}: {ms}ms 뒤 실패했습니다. {name}: {message}',
  'tab.result.refused': '실행하지 않았습니다. {reason}',
  'tab.result.aborted': '{call}: 끊기 때문에 중간에 멈췄습니다.',

  'tab.notice.peer-left':
    '상대가 방을 나갔거나 시그널링 서버와의 연결이 끊겼습니다. 이 탭은 기다립니다. 그쪽에서 통화를 다시 열면 돌아옵니다.',
  'tab.notice.bye': '상대가 통화를 끊었습니다. 이 탭도 연결을 닫고 카메라를 껐습니다. 다시 걸려면 시작부터 누르세요.',
  'tab.notice.reconnecting':
    '시그널링 서버와의 연결이 끊겼습니다. 통화 자체는 서버를 거치지 않으므로 미디어는 두 쪽 사이를 그대로 흐릅니다. 다시 연결하는 중…',
  'tab.notice.reconnected': '방에 돌아왔습니다. 시그널링 연결이 다시 살아났고, 통화는 한 번도 끊기지 않았습니다.',
  'tab.notice.transport-failed':
    '시그널링 서버에 연결할 수 없습니다. 진행 중인 통화는 계속됩니다. 새 통화를 하려면 서버를 띄우고 방에 다시 들어가세요.',
  'tab.notice.media-failed':
    '카메라가 켜지지 않았습니다({name}: {message}). 테스트 패턴을 고르거나 카메라를 허용한 다음 시작을 다시 누르세요.',
  'tab.notice.negotiation-failed': '협상이 실패했습니다({name}: {message}). 양쪽에서 끊기를 누르고 다시 거세요.',
  'tab.notice.failed': '통화가 실패했습니다({name}: {message}). 끊기를 누른 다음 다시 시작하세요.',

  'tab.note.heading': 'perfect negotiation이 한 일',
  'tab.note.empty': '아직 없습니다. 자동으로를 고르고, 두 탭에서 시작을 누른 뒤 한쪽에서 통화를 누르세요.',
  'tab.note.offer-sent': 'negotiationneeded: setLocalDescription()이 오퍼를 만들었고, 상대에게 보냈습니다.',
  'tab.note.answer-sent': '상대의 오퍼를 적용했고, setLocalDescription()이 만든 앤서를 돌려보냈습니다.',
  'tab.note.collision.ignored':
    'glare: 이 탭의 오퍼가 나가 있는 사이에 상대의 오퍼가 왔습니다. 이쪽은 impolite이므로 상대의 오퍼를 무시했습니다.',
  'tab.note.collision.rolled-back':
    'glare: 이 탭의 오퍼가 나가 있는 사이에 상대의 오퍼가 왔습니다. 이쪽은 polite이므로 setRemoteDescription이 자기 오퍼를 되돌리고 상대의 것을 받았습니다.',
  'tab.note.ice-restart': 'ICE가 실패했습니다. restartIce()가 새 ICE 자격 증명으로 협상을 다시 하게 합니다.',
  'tab.note.error': '오류: {name}: {message}',

  'tab.log.heading': '시그널링 메시지',
  'tab.log.empty': '아직 메시지가 없습니다.',
} as const satisfies Record<keyof typeof en, string>;
