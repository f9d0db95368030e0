import type { transfer as en } from '../en/transfer';

/** Korean strings of chapter 9: the photo booth, the file panel, the hostile sender, and every transfer code. */
export const transfer = {
  'transfer.start': '시작',
  'transfer.stop': '중지',
  'transfer.source': '영상 소스',
  'transfer.source.camera': '카메라',
  'transfer.source.test-pattern': '테스트 패턴',
  'transfer.status.idle':
    '시작을 누르면 카메라(또는 테스트 패턴)가 켜지고, 이 페이지 안에서 앨리스가 데이터 채널로 밥과 연결됩니다.',
  'transfer.status.starting': '카메라를 켜고 앨리스와 밥을 연결하는 중입니다…',
  'transfer.status.connected':
    '연결되었습니다. 데이터 채널이 열렸고, 청크 하나는 최대 {chunk}바이트입니다(64 KiB와 pc.sctp.maxMessageSize {max} 중 작은 값).',
  'transfer.status.fallback': '카메라를 시작하지 못했습니다. {reason} 대신 테스트 패턴을 씁니다.',
  'transfer.status.notConnected': '연결이 열리지 않았습니다. 중지를 누른 뒤 다시 시작하세요.',
  'transfer.status.stopped': '중지했습니다. 카메라가 꺼졌고 두 피어 연결이 닫혔으며, 실행 중인 작업은 없습니다.',
  'transfer.status.busy': '이미 시작했거나 시작하는 중입니다. 처음부터 다시 하려면 먼저 중지를 누르세요.',
  'transfer.photo.local': '앨리스의 카메라',
  'transfer.photo.canvas': '찍은 사진',
  'transfer.photo.format': '형식',
  'transfer.photo.quality': '품질',
  'transfer.photo.snap': '찍기',
  'transfer.photo.send': '보내기',
  'transfer.photo.snapAndSend': '찍고 보내기',
  'transfer.photo.noSource': '먼저 시작을 누르세요. 아직 찍을 카메라 화면이 없습니다.',
  'transfer.photo.noPhoto': '먼저 사진을 찍으세요. 캔버스가 아직 비어 있습니다.',
  'transfer.photo.snapped': '영상에서 {width}×{height} 픽셀을 찍었습니다.',
  'transfer.photo.encodeFailed': '브라우저가 캔버스를 {type}(으)로 인코딩하지 못했습니다. 다른 형식을 골라 보세요.',
  'transfer.photo.sent':
    '전달했습니다. {width}×{height} {type}, {size}, 청크 {chunks}개이며, 헤더부터 받는 쪽의 “해시 일치”까지 {ms} ms 걸렸습니다.',
  'transfer.photo.trail': '밥이 받은 사진(최신순)',
  'transfer.photo.trailEmpty': '밥은 아직 사진을 받지 않았습니다.',
  'transfer.photo.alt': '앨리스가 보낸 사진 {n}, {width}×{height} 픽셀',
  'transfer.photo.caption': '{n}번 · {width}×{height} · {type} · {size}',
  'transfer.compare.heading': '원시 픽셀과 인코딩한 사진, 어느 쪽이 나을까',
  'transfer.compare.run': '두 방식으로 보내고 비교하기',
  'transfer.compare.running': '원시 픽셀을 보낸 다음 인코딩한 사진을 보내는 중입니다…',
  'transfer.compare.way': '방식',
  'transfer.compare.bytes': '바이트',
  'transfer.compare.chunks': '청크',
  'transfer.compare.prepare': '준비',
  'transfer.compare.transfer': '전송',
  'transfer.compare.total': '합계',
  'transfer.compare.raw': '원시 RGBA(코드랩 방식)',
  'transfer.compare.encoded': '{type}, 품질 {quality}',
  'transfer.compare.summary': '인코딩한 사진은 원시 픽셀보다 {factor}배 작고, {share}%의 시간 만에 도착했습니다.',
  'transfer.compare.failed': '비교를 멈췄습니다. {reason}',
  'transfer.file.heading': '아무 파일이나',
  'transfer.file.choose': '보낼 파일',
  'transfer.file.send': '파일 보내기',
  'transfer.file.abort': '보내기 취소',
  'transfer.file.generated': '또는 만들어 낸 바이트',
  'transfer.file.sendGenerated': '만든 바이트 보내기',
  'transfer.file.cancelReceive': '받기 취소',
  'transfer.file.alice': '앨리스가 보냄',
  'transfer.file.bob': '밥이 받음',
  'transfer.file.noFile': '먼저 파일을 고르거나, 만들어 낸 바이트를 보내세요.',
  'transfer.file.idle': '진행 중인 전송이 없습니다.',
  'transfer.file.hashing': '헤더를 보내기 전에 {total}의 SHA-256을 계산하는 중입니다…',
  'transfer.file.progress': '{total} 중 {done}({percent}%) · {rate} Mbit/s',
  'transfer.file.waiting': '모든 바이트를 넘겼습니다. 받는 쪽이 해시를 확인하기를 기다리는 중입니다…',
  'transfer.file.incoming': '{name}({total})을(를) 받는 중입니다…',
  'transfer.file.verifying': '모든 바이트가 도착했습니다. SHA-256을 확인하는 중입니다…',
  'transfer.file.received': '{name}을(를) 받았습니다. {size}, SHA-256 일치({hash}…), {ms} ms, {rate} Mbit/s.',
  'transfer.file.download': '{name} 내려받기',
  'transfer.file.generatedName': '만든-바이트-{mib}MiB.bin',
  'transfer.sent.delivered':
    '받는 쪽이 모든 바이트를 받았고 SHA-256도 일치합니다. {size}, 청크 {chunks}개, {ms} ms, {rate} Mbit/s.',
  'transfer.sent.sender-cancelled':
    '{size}만큼 보낸 뒤 보내기를 취소했습니다. 받는 쪽에 알렸고, 받는 쪽은 받은 부분을 버렸습니다.',
  'transfer.sent.byReceiver': '{size}만큼 보낸 뒤 받는 쪽이 전송을 멈췄습니다. {reason}',
  'transfer.sent.cut-off': '{size}만큼 보낸 뒤 채널이 닫혀 전송이 끊겼습니다. 보내다 만 데이터는 남기지 않습니다.',
  'transfer.sent.error': '브라우저가 전송을 거부했습니다. {name}: {message}',
  'transfer.refusal.not-open':
    '데이터 채널이 아직 열리지 않아 보낼 수 없습니다. 시작을 누르고 “연결되었습니다”가 보일 때까지 기다리세요.',
  'transfer.refusal.busy': '이미 전송이 진행 중입니다. 끝나기를 기다리거나 취소한 뒤에 다시 보내세요.',
  'transfer.refusal.empty-name': '파일에 알릴 이름이 없습니다. 이름을 바꾼 뒤 다시 시도하세요.',
  'transfer.refusal.too-large': '전송 한 번의 상한인 1 GiB를 넘습니다. 더 작은 파일을 고르세요.',
  'transfer.failed.bad-message':
    '프로토콜에 없는 메시지가 도착했습니다. 받는 쪽은 그 메시지(와 진행 중이던 전송)를 버렸습니다.',
  'transfer.failed.bad-version':
    '다른 프로토콜 버전의 메시지가 도착했습니다. 받는 쪽은 버전 1만 알아듣기 때문에 거부했습니다.',
  'transfer.failed.bad-header':
    '필드가 빠졌거나 있을 수 없는 값이 든 헤더가 도착했습니다. 받는 쪽은 바이트를 받기 전에 거부했습니다.',
  'transfer.failed.type-refused':
    '헤더가 이곳에서 받지 않는 형식을 알렸습니다. 받는 쪽은 바이트를 받기 전에 거부했습니다.',
  'transfer.failed.too-large': '헤더가 받는 쪽 상한인 1 GiB보다 큰 크기를 알렸습니다. 바이트를 받기 전에 거부했습니다.',
  'transfer.failed.busy': '전송이 진행 중인데 두 번째 전송이 알려졌습니다. 받는 쪽은 새로 온 쪽을 거부했습니다.',
  'transfer.failed.unknown-transfer':
    '어떤 헤더도 알리지 않은 전송의 바이트가 도착했습니다. 받는 쪽은 그 바이트를 버렸습니다.',
  'transfer.failed.too-many-bytes':
    '헤더가 알린 것보다 많은 바이트가 도착했습니다. 받는 쪽은 전송을 중단하고 지금까지 받은 것을 모두 버렸습니다.',
  'transfer.failed.too-few-bytes':
    '알린 바이트가 다 오기 전에 보내는 쪽이 “끝”을 보냈습니다. 받는 쪽은 받은 것을 버렸습니다.',
  'transfer.failed.hash-mismatch':
    '바이트는 모두 도착했지만 SHA-256이 헤더의 값과 다릅니다. 파일이 손상되었거나 위조되었으므로 받는 쪽은 버렸습니다.',
  'transfer.failed.sender-cancelled': '보내는 쪽이 전송을 취소했습니다. 받는 쪽은 받은 부분을 버렸습니다.',
  'transfer.failed.receiver-cancelled': '받는 쪽이 전송을 취소하고 받은 부분을 버렸습니다.',
  'transfer.failed.cut-off': '전송 중에 채널이 닫혔습니다. 받는 쪽은 받은 부분을 버렸습니다.',
  'transfer.fault.heading': '악의적인 송신자 흉내 내기',
  'transfer.fault.lead': '버튼마다 앨리스 쪽 끝이 잘못된 전송 하나를 직접 보냅니다. 밥의 검사 결과는 아래에 나옵니다.',
  'transfer.fault.lying-size': '알린 것보다 많은 바이트',
  'transfer.fault.short': '알린 것보다 적은 바이트',
  'transfer.fault.unknown-transfer': '헤더 없는 바이트',
  'transfer.fault.hash-mismatch': '틀린 해시',
  'transfer.fault.over-cap': '상한을 넘는 헤더',
  'transfer.fault.wrong-type': 'text/html 형식의 “사진”',
  'transfer.fault.bad-version': '프로토콜 버전 99',
  'transfer.fault.needOpen': '위에서 시작을 누르고 채널이 열릴 때까지 기다리세요.',
  'transfer.tabs.legend': '상대 피어가 있는 곳',
  'transfer.tabs.mode.page': '이 페이지 안: 6장의 통화로 연결한 앨리스와 밥',
  'transfer.tabs.mode.tabs': '다른 탭이나 기기: 8장의 방에서 탭마다 피어 하나',
  'transfer.tabs.loading': '두 탭 연결 코드를 불러오는 중입니다…',
  'transfer.tabs.loadFailed':
    '두 탭 연결 코드를 불러오지 못했습니다({message}). 사이트 연결을 확인한 뒤 페이지를 새로 고치세요.',
  'transfer.tabs.room.line': '방 {room}',
  'transfer.tabs.server.line': '시그널링 서버: {url}',
  'transfer.tabs.secondTab': '이 페이지를 두 번째 탭에서 열기',
  'transfer.tabs.secondTab.note': '다른 기기에서는 같은 주소를 여세요(서버 전송 방식으로).',
  'transfer.tabs.leave': '방에서 나가기',
  'transfer.tabs.join': '방에 다시 들어가기',
  'transfer.tabs.room.idle': '방에 들어가 있지 않습니다. 방에 다시 들어가기를 누르세요.',
  'transfer.tabs.room.joining': '방에 들어가는 중입니다…',
  'transfer.tabs.room.waiting':
    '방에 혼자 있습니다. 위 링크로 이 페이지를 두 번째 탭에서 열면 상대 피어가 그 탭에서 들어옵니다.',
  'transfer.tabs.room.ready': '두 탭이 모두 방에 있습니다.',
  'transfer.tabs.room.full':
    '방이 찼습니다. 이미 두 탭이 들어가 있습니다. 새 짝을 만들려면 주소에서 ?room=을 빼고 9장을 여세요.',
  'transfer.tabs.room.unreachable':
    '{url}의 시그널링 서버에 닿지 않습니다. npm run signal로 서버를 띄우거나 npm start로 사이트를 여세요. 다시 시도하는 중입니다…',
  'transfer.tabs.room.failed':
    '{url}의 시그널링 서버에 연결하는 것을 포기했습니다. 서버를 띄운 뒤 방에 다시 들어가기를 누르세요.',
  'transfer.tabs.room.room-expired': '오래 쓰지 않은 방을 서버가 닫았습니다. 방에 다시 들어가기를 누르세요.',
  'transfer.tabs.link.none': '아직 연결이 없습니다. 두 탭이 모두 방에 들어오면 나중에 들어온 탭이 곧바로 호출합니다.',
  'transfer.tabs.link.connecting':
    '연결하는 중입니다. 퍼펙트 네고시에이션이 방을 거쳐 오퍼, 앤서, 후보를 주고받고 있습니다…',
  'transfer.tabs.notice.peer-left':
    '상대 탭이 방을 나갔습니다. 두 탭 사이에 진행 중이던 전송은 끊겼습니다. 그쪽에서 링크를 다시 열면 두 탭이 다시 연결됩니다.',
  'transfer.tabs.notice.reconnecting':
    '시그널링 서버와의 연결이 끊겼습니다. 전송은 이 연결을 쓰지 않으므로 열려 있는 채널은 계속 동작합니다. 다시 연결하는 중입니다…',
  'transfer.tabs.notice.reconnected': '방으로 돌아왔습니다. 시그널링 연결이 다시 살아났습니다.',
  'transfer.tabs.notice.transport-failed':
    '시그널링 서버에 닿지 않습니다. 열려 있는 채널은 계속 동작합니다. 다시 연결하려면 서버를 띄우고 방에 다시 들어가기를 누르세요.',
  'transfer.tabs.notice.negotiation-failed':
    '네고시에이션에 실패했습니다({name}: {message}). 방에서 나가기를 누른 뒤 방에 다시 들어가기를 누르세요.',
  'transfer.tabs.notice.gave-up':
    '{tries}번 호출했지만 상대 탭과의 연결이 열리지 않아 호출을 멈췄습니다. 방에서 나가기를 누른 뒤 방에 다시 들어가기를 누르세요.',
  'transfer.tabs.idle':
    '사진을 찍으려면 시작을 눌러 이 탭의 카메라(또는 테스트 패턴)를 켜세요. 받기만 할 때는 카메라가 필요 없습니다.',
  'transfer.tabs.started': '이 탭의 카메라가 켜졌습니다. 찍고 보내기를 누르면 찍은 사진이 상대 탭으로 갑니다.',
  'transfer.tabs.stopped': '중지했습니다. 이 탭의 카메라는 꺼졌지만, 탭은 방에 남아 계속 받을 수 있습니다.',
  'transfer.tabs.camera': '이 탭의 카메라',
  'transfer.tabs.trail': '이 탭이 받은 사진(최신순)',
  'transfer.tabs.trailEmpty': '이 탭은 아직 사진을 받지 않았습니다. 상대 탭에서 찍은 사진이 여기에 나타납니다.',
  'transfer.tabs.alt': '상대 탭이 보낸 사진 {n}, {width}×{height} 픽셀',
  'transfer.tabs.sends': '이 탭이 보냄',
  'transfer.tabs.receives': '이 탭이 받음',
  'transfer.tabs.needOpen':
    '위의 방 상태가 “연결되었습니다”가 될 때까지 기다리세요. 상대 탭으로 가는 채널이 아직 열리지 않았습니다.',
  'transfer.tabs.notOpen':
    '상대 탭으로 가는 데이터 채널이 아직 열리지 않아 보낼 수 없습니다. 위의 방 상태가 “연결되었습니다”가 될 때까지 기다리세요.',
  'transfer.tabs.faultLead':
    '버튼마다 이 탭이 잘못된 전송 하나를 직접 보냅니다. 검사 결과는 상대 탭의 같은 상자에 나옵니다.',
  'transfer.tabs.faultSent': '보냈습니다. 상대 탭의 같은 상자에서 결과를 확인하세요.',
} as const satisfies Record<keyof typeof en, string>;
