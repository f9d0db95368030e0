import type { call as en } from '../en/call';

/** Korean strings of chapter 5: the call stage, phases, reasons, mistakes. */
export const call = {
  'call.peer.local': '앨리스',
  'call.peer.local.role': '발신자, 로컬 피어',
  'call.peer.remote': '밥',
  'call.peer.remote.role': '수신자, 원격 피어',
  'call.video.local': '앨리스의 카메라(로컬 스트림)',
  'call.video.remote': '밥이 받는 영상(원격 스트림)',
  'call.video.replay': '저장한 통화에는 영상이 없습니다. 파일에는 상태, 세션 설명, 후보, 통계만 담깁니다.',
  'call.stage.heading': '통화',
  'call.states.caption': '각 피어 연결의 네 가지 상태와 지금까지 거쳐 온 값',
  'call.outbox': '전송 대기함',
  'call.outbox.count': '{n}개 대기 중',
  'call.outbox.empty': '대기 중인 후보 없음',
  'call.outbox.deliverToBob': '밥에게 하나 전달',
  'call.outbox.deliverToAlice': '앨리스에게 하나 전달',
  'call.source.label': '영상 소스',
  'call.source.camera': '카메라',
  'call.source.pattern': '테스트 패턴(카메라 불필요)',
  'call.source.usePattern': '대신 테스트 패턴 사용',
  'call.mistakeMode': '실수 모드: 아무 단계나 아무 때나 실행하기',
  'call.reset': '통화 초기화',
  'call.leave': '밥 나가기(밥의 연결 닫기)',
  'call.status.idle': '아직 통화가 없습니다. 첫 단계부터 시작하세요.',
  'call.status.active': '통화 중입니다.',
  'call.status.ended':
    '통화가 끝났습니다. 모든 트랙을 중지했고 두 연결을 모두 닫았습니다. 처음부터 다시 시작할 수 있습니다.',
  'call.status.replay':
    '저장된 통화를 보여 주는 중입니다. 여기 나온 상태는 저장된 파일에서 온 것입니다. 단계를 실행하거나 이 패널의 버튼을 누르면 실시간 통화로 돌아갑니다.',
  'call.status.failed': '문제가 생겨 통화가 중단되었습니다. 브라우저가 보고한 오류:',
  'call.status.failedNext': '다시 시작하려면 통화를 초기화하세요.',
  'call.status.busy': '‘{call}’ 실행 중…',
  'call.result.done': '‘{call}’ 단계가 {ms} ms 만에 끝났습니다.',
  'call.result.error': '‘{call}’ 단계가 {ms} ms 만에 거부되었습니다. {name}: {message}',
  'call.result.refused': '실행하지 않음: {reason}',
  'call.result.aborted': '통화를 끊어서 ‘{call}’ 단계가 도중에 중단되었습니다.',
  'call.justRan': '방금 실행함',
  'call.phase.get-user-media': '로컬 스트림 가져오기',
  'call.phase.create-peers': '피어 연결 두 개 만들기',
  'call.phase.add-tracks': '앨리스의 연결에 트랙 추가',
  'call.phase.create-offer': '앨리스: 오퍼 만들기',
  'call.phase.set-local-offer': '앨리스: 오퍼를 로컬 세션 설명으로 설정',
  'call.phase.set-remote-offer': '밥: 오퍼를 원격 세션 설명으로 설정',
  'call.phase.create-answer': '밥: 앤서 만들기',
  'call.phase.set-local-answer': '밥: 앤서를 로컬 세션 설명으로 설정',
  'call.phase.set-remote-answer': '앨리스: 앤서를 원격 세션 설명으로 설정',
  'call.phase.exchange-ice': '대기 중인 후보를 양쪽에 전달',
  'call.phase.hang-up': '통화 끊기',
  'call.reason.busy': '잠시 기다리세요. 이전 단계(‘{phase}’)가 아직 실행 중입니다.',
  'call.reason.failed': '통화가 실패했습니다. 다시 시작하려면 초기화하세요.',
  'call.reason.has-stream': '로컬 스트림이 이미 있습니다. 처음부터 하려면 통화를 끊으세요.',
  'call.reason.no-stream': '아직 로컬 스트림이 없습니다. 먼저 스트림을 가져오세요.',
  'call.reason.peers-exist':
    '피어 연결이 이미 있습니다(앨리스의 signalingState: {state}). 처음부터 하려면 통화를 끊으세요.',
  'call.reason.no-peers': '아직 피어 연결이 없습니다. 먼저 연결을 만드세요.',
  'call.reason.tracks-added':
    '앨리스의 연결은 이미 이 트랙들을 보내고 있습니다. 같은 트랙을 두 번 추가하면 오류가 납니다.',
  'call.reason.offer-exists':
    '앨리스가 이미 오퍼를 만들었습니다(signalingState: {state}). 지금 트랙을 추가하거나 새 오퍼를 만들려면 협상을 새로 해야 합니다.',
  'call.reason.no-tracks':
    '앨리스에게는 아직 보낼 것이 없습니다. 오퍼가 트랙을 담을 수 있도록 오퍼보다 먼저 트랙을 추가하세요.',
  'call.reason.no-offer': '아직 오퍼가 없습니다. 앨리스가 먼저 오퍼를 만들어야 합니다.',
  'call.reason.alice-not-stable': '앨리스는 새 오퍼를 낼 수 있는 상태가 아닙니다(signalingState: {state}).',
  'call.reason.offer-not-set-locally':
    '앨리스가 아직 자기 오퍼를 확정하지 않았습니다(signalingState: {state}). 오퍼는 보내기 전에 먼저 로컬 세션 설명으로 설정합니다.',
  'call.reason.bob-not-stable': '밥에게는 이미 오퍼가 있습니다(signalingState: {state}).',
  'call.reason.bob-no-offer':
    '밥은 아직 앤서를 만들 수 없습니다. 받아 둔 원격 오퍼가 없습니다(signalingState: {state}).',
  'call.reason.answer-exists': '밥이 이미 앤서를 만들었습니다.',
  'call.reason.no-answer': '아직 앤서가 없습니다. 밥이 먼저 앤서를 만들어야 합니다.',
  'call.reason.alice-not-waiting': '앨리스는 앤서를 기다리는 상태가 아닙니다(signalingState: {state}).',
  'call.reason.answer-not-set-locally':
    '밥이 아직 자기 앤서를 확정하지 않았습니다(signalingState: {state}). 앤서는 보내기 전에 먼저 로컬 세션 설명으로 설정합니다.',
  'call.reason.no-candidates':
    '대기 중인 후보가 없습니다. 후보는 setLocalDescription 이후에 생깁니다(iceGatheringState: {state}).',
  'call.reason.candidates-early':
    '받는 쪽이 상대의 세션 설명을 받기 전에는 후보를 쓸 수 없습니다(받는 쪽의 signalingState: {state}).',
  'call.mistake.heading': '브라우저가 거부했습니다',
  'call.mistake.candidate-before-description':
    'addIceCandidate() 호출이 InvalidStateError로 거부되었습니다. 후보는 받는 쪽이 이미 알고 있는 세션에 대해서만 의미가 있는데, 받는 쪽은 setRemoteDescription()을 호출하기 전까지 세션을 모릅니다. 받는 쪽이 상대의 세션 설명을 설정한 다음에 후보를 전달하세요.',
  'call.mistake.answer-without-offer':
    '앤서가 InvalidStateError로 거부되었습니다. 밥은 원격 오퍼를 갖고 있을 때(signalingState가 have-remote-offer일 때)만 앤서를 만들거나 설정할 수 있습니다. 먼저 앨리스의 오퍼를 밥에게 설정하세요.',
  'call.mistake.answer-to-nobody':
    'setRemoteDescription(answer) 호출이 InvalidStateError로 거부되었습니다. 앨리스는 앤서를 기다리는 동안(signalingState가 have-local-offer일 때)만 앤서를 받습니다. 먼저 앨리스에게 오퍼를 설정하고, 앤서는 한 번만 설정하세요.',
  'call.mistake.track-added-twice':
    'addTrack() 호출에서 InvalidAccessError가 발생했습니다. 이 연결에는 그 트랙을 보내는 송신자(sender)가 이미 있습니다. 트랙은 한 번만 추가하세요. 트랙을 바꾼 뒤 다시 보내려면 기존 송신자의 replaceTrack()을 쓰세요.',
  'call.mistake.offer-in-wrong-state':
    '오퍼가 InvalidStateError로 거부되었습니다. 지금 연결은 오퍼를 시작할 수 있는 상태가 아닙니다. 오퍼는 signalingState가 stable일 때 시작합니다.',
  'call.mistake.description-in-wrong-state':
    'setRemoteDescription(offer) 호출이 거부되었습니다. 밥은 지금 새 오퍼를 받을 수 있는 상태가 아닙니다. 오퍼는 signalingState가 stable일 때 받습니다.',
  'call.mistake.nothing-received':
    '이 피어의 수신함에는 아직 그런 메시지가 도착하지 않았습니다. 상대 피어는 자기 세션 설명을 로컬 세션 설명으로 설정할 때 그것을 보냅니다. 그 단계를 먼저 실행하세요. 여기서는 수신함이 곧 시그널링 채널입니다.',
  'call.mistake.other':
    '브라우저가 이 단계를 거부했습니다. 위에 나온 오류 이름과 메시지가 그 이유를 가장 정확하게 알려 줍니다. 통화를 초기화하고 단계 순서대로 진행하세요.',
  'call.mistake.none':
    '이 단계는 순서를 벗어나 실행되었지만 브라우저가 받아들였습니다. 상태 표를 보고 무엇이 바뀌었는지 확인하세요.',
  'call.hint.candidates-waiting':
    'ICE가 한동안 경로를 찾고 있지만 후보가 아직 전송 대기함에 남아 있습니다. 상대의 주소를 하나도 모르는 피어는 검사할 대상이 없습니다. 후보를 전달하세요. 한 방향만 전달해도 되는 경우가 많습니다. 검사를 받은 피어가 그 검사에서 보낸 쪽의 주소를 알아내기 때문입니다(피어 반사 후보, peer-reflexive candidate).',
  'call.explain.disconnected':
    '{peer}의 연결이 상대와 끊겼습니다. 몇 초 동안 연결성 검사에 응답이 없었습니다. 다시 이어질 수도 있고, 그렇지 않으면 브라우저마다 다른 시간만큼 더 기다린 뒤 failed가 됩니다.',
  'call.explain.failed':
    '{peer}의 연결이 실패했습니다. ICE가 너무 오랫동안 쓸 수 있는 경로를 찾지 못해 포기했습니다. 실제 앱이라면 여기서 ICE를 재시작하거나 통화를 끊습니다.',
  'call.explain.closed': '{peer}의 연결이 닫혔습니다. 이제 아무것도 보내거나 받지 않습니다.',
  'call.explain.checking': '{peer}의 연결이 경로를 찾으려고 후보 쌍을 검사하고 있습니다.',
  'call.quick.start': '시작',
  'call.quick.call': '통화',
  'call.quick.hangup': '끊기',
  'call.quick.log': '실행 기록',
  'call.quick.setup': '연결 설정 시간(‘통화’ 클릭부터 첫 원격 프레임까지)',
  'call.quick.setupNone': '아직 측정 안 됨',
  'call.quick.setupValue': '{ms} ms',
  'call.announce.state': '{peer}: {name} 값이 이제 {value}입니다.',
  'call.announce.frame': '첫 프레임이 밥에게 도착했습니다.',
  'call.machines.heading': '네 가지 상태가 알려 주는 것',
  'call.machines.signalingState':
    '협상: 이 피어가 오퍼/앤서 교환의 어디쯤 있는지 나타냅니다. stable이면 기다리는 오퍼가 없습니다.',
  'call.machines.iceGatheringState': '수집: 이 피어가 자기 네트워크 주소(ICE 후보)를 아직 찾는 중인지 나타냅니다.',
  'call.machines.iceConnectionState': 'ICE 경로: 후보 쌍 사이의 연결성 검사로 길을 찾았는지 나타냅니다.',
  'call.machines.connectionState':
    '전체 상태: ICE와 DTLS 핸드셰이크가 모두 끝났는지 나타냅니다. connected가 되어야 암호화된 미디어가 흐릅니다. 지켜볼 상태는 바로 이것입니다.',
  'call.stage.expand': '전체 보기',
  'call.stage.collapse': '간단히 보기',
  'call.leave.none': '밥에게는 아직 닫을 연결이 없습니다.',
  'call.result.next': '다음 단계: ‘{next}’',
  'call.trace.start': '{call} 시작',
  'call.trace.ok': '{call} 완료 ({ms} ms)',
  'call.trace.failed': '{call} 실패 — {name}: {message}',
  'call.trace.gathered': 'ICE 후보 수집: {candidate}',
  'call.trace.gatheringComplete': '후보 수집 완료',
  'call.trace.delivered': '상대 피어에게 후보 전달',
  'call.trace.description.local': '로컬 세션 설명 설정 ({type})',
  'call.trace.description.remote': '원격 세션 설명 설정 ({type})',
  'call.trace.track': '원격 {kind} 트랙 수신',
  'call.trace.firstFrame': '첫 원격 프레임 {width}×{height}',
  'call.trace.status': '통화 상태 {status}',
  'call.trace.statusWhy': '통화 상태 {status} — {message}',
  'call.trace.hint': '힌트: {code}',
} as const satisfies Record<keyof typeof en, string>;
