import type { media as en } from '../en/media';

/** Korean strings of chapter 4 and the media module: camera, permissions, test pattern. */
export const media = {
  'media.video.label': '로컬 영상 미리 보기',
  'media.video.off': '아직 영상 없음',
  'media.action.start': '카메라 켜기',
  'media.action.stop': '중지',
  'media.action.testPattern': '테스트 패턴 사용',
  'media.action.cancel': '취소',
  'media.action.retry': '다시 시도',
  'media.action.fallback': '대신 테스트 패턴 보기',

  'media.status.initial': '아직 재생 중인 영상이 없습니다. 카메라를 켜거나, 카메라가 없다면 테스트 패턴을 사용하세요.',
  'media.status.stopped': '중지했습니다. 모든 트랙이 끝났으므로 이제 카메라를 다른 곳에서 쓸 수 있습니다.',
  'media.status.cancelled':
    '요청을 취소했습니다. 브라우저의 권한 요청 창이 아직 떠 있다면 닫아도 됩니다. 이제 와서 허용되더라도 그 스트림은 바로 중지합니다.',
  'media.status.ended': '스트림이 저절로 끝났습니다. 카메라 연결이 끊겼거나 카메라 접근 권한이 회수되었습니다.',
  'media.status.requesting.camera': '브라우저에 카메라를 요청하는 중…',
  'media.status.requesting.test-pattern': '테스트 패턴을 시작하는 중…',
  'media.status.waiting':
    '권한을 기다리는 중입니다. 브라우저가 주소 표시줄 근처에서 이 페이지의 카메라 사용을 허용할지 묻고 있을 것입니다. Chrome에서는 이번 방문에만 허용하는 선택지와 방문할 때마다 허용하는 선택지가 있는데, 어느 쪽을 골라도 됩니다.',
  'media.status.live.camera': '카메라 켜짐: {size}',
  'media.status.live.test-pattern': '테스트 패턴 재생 중: {size}',
  'media.status.failed': '카메라가 시작되지 않았습니다. 아래 메시지에서 원인과 해결 방법을 확인하세요.',
  'media.size': '{width} × {height}, 초당 {fps}프레임',
  'media.size.unknown': '아직 크기 정보 없음',

  'media.error.heading': '카메라를 시작하지 못했습니다. {title}',
  'media.error.insecure-context.title': '이 페이지는 보안 컨텍스트가 아닙니다.',
  'media.error.insecure-context':
    '브라우저는 이 컴퓨터가 아닌 곳에서 일반 http로 받은 페이지에는 카메라 API(navigator.mediaDevices)를 감춥니다. 튜토리얼을 https로 열거나 http://localhost 또는 http://127.0.0.1 주소로 여세요. 그동안 이 페이지에서도 테스트 패턴은 쓸 수 있습니다.',
  'media.error.permission-denied.title': '카메라 접근이 거부되었습니다.',
  'media.error.permission-denied':
    '브라우저가 이 페이지의 카메라 사용을 허용하지 않았습니다. 권한 요청에서 차단을 골랐거나, 브라우저 설정에서 이 사이트가 차단되어 있거나, 정책으로 카메라 사용이 금지된 경우입니다. 주소 표시줄 왼쪽의 아이콘을 눌러 이 사이트의 카메라를 허용한 뒤 다시 시도하세요(브라우저별 설정 위치는 4장에서 설명합니다). 테스트 패턴으로 계속 진행해도 됩니다.',
  'media.error.not-found.title': '카메라를 찾지 못했습니다.',
  'media.error.not-found':
    '조건에 맞는 카메라가 없습니다. 카메라가 연결되지 않았거나, 꺼져 있거나, 시스템 설정에서 사용 중지되어 있습니다. 카메라를 연결한 뒤 다시 시도하거나 테스트 패턴을 사용하세요.',
  'media.error.not-readable.title': '카메라가 사용 중입니다.',
  'media.error.not-readable':
    '카메라는 있지만 시작할 수 없었습니다. 대개 다른 앱이나 탭이 카메라를 쓰고 있기 때문이고, 드라이버 문제인 경우도 있습니다. 다른 앱을 닫고 다시 시도하거나 테스트 패턴을 사용하세요.',
  'media.error.overconstrained.title': '요청한 조건을 만족하는 카메라가 없습니다.',
  'media.error.overconstrained':
    '필수로 지정한 제약 조건 “{constraint}”에 맞는 카메라가 없습니다. 조건을 완화한 뒤(“exact”를 끄거나 다른 해상도 또는 카메라를 고른 뒤) 다시 시도하세요.',
  'media.error.aborted.title': '카메라를 여는 도중에 중단되었습니다.',
  'media.error.aborted':
    '브라우저가 카메라를 여는 도중에 무언가가 작업을 멈췄습니다. 대개 시스템이나 하드웨어의 일시적인 문제입니다. 다시 시도해 보고, 계속 같은 일이 생기면 브라우저를 다시 시작하거나 테스트 패턴을 사용하세요.',
  'media.error.invalid-constraints.title': '카메라 요청 자체가 잘못되었습니다.',
  'media.error.invalid-constraints':
    '브라우저가 카메라를 찾기도 전에 제약 조건을 거부했습니다. 예를 들어 오디오와 비디오 중 어느 것도 요청하지 않은 경우입니다. 사용자의 환경이 아니라 이 페이지의 실수이니 테스트 패턴을 사용하고, 이 문제를 알려 주세요.',
  'media.error.security.title': '이 페이지에서는 카메라가 사용 중지되어 있습니다.',
  'media.error.security':
    '브라우저가 보안상의 이유로 거부했습니다. 예를 들어 카메라 사용이 허용되지 않은 프레임 안에서 페이지가 열린 경우입니다. 페이지를 일반 탭에서 단독으로 열거나 테스트 패턴을 사용하세요.',
  'media.error.unknown.title': '예상하지 못한 오류로 카메라가 멈췄습니다.',
  'media.error.unknown':
    '브라우저가 이 페이지가 알지 못하는 오류({name})를 보고했습니다. 다시 시도하거나 테스트 패턴을 사용하세요. 아래는 브라우저가 보낸 원문입니다.',
  'media.error.detail': '브라우저 메시지: {name}: {message}',
  'media.error.detailNameOnly': '브라우저 메시지: {name}',
  'media.error.detailConstraint': '브라우저 메시지: {name}, 제약 조건 “{constraint}”',
  'media.error.noMessage': '(메시지 없음)',
  'media.error.noConstraint': '(이름 없음)',

  'media.settings.heading': '요청할 내용',
  'media.device.label': '카메라',
  'media.device.default': '기본 카메라',
  'media.device.unnamed': '카메라 {n}',
  'media.device.hiddenLabels': '카메라 접근을 허용하면 카메라 이름이 표시됩니다.',
  'media.device.none': '브라우저가 알려 준 카메라가 없습니다. 테스트 패턴은 카메라 없이도 동작합니다.',
  'media.device.count': '브라우저가 알려 준 카메라: {n}대',
  'media.device.noApi': '이 페이지에는 카메라 API(navigator.mediaDevices)가 없어 카메라 목록을 가져올 수 없습니다.',
  'media.resolution.label': '해상도',
  'media.resolution.any': '지정 안 함(브라우저가 선택)',
  'media.resolution.preset': '{width} × {height}',
  'media.exact.label': '정확히 이 값으로 요구(ideal 대신 exact)',
  'media.tone.label': '테스트 패턴에 신호음 추가(오디오 트랙이 생기며, 미리 보기는 음소거 상태로 유지)',
  'media.view.heading': '표시 방법',
  'media.mirror.label': '미리 보기 좌우 반전',
  'media.filter.label': 'CSS 필터',
  'media.filter.none': '없음',
  'media.filter.grayscale': '흑백',
  'media.filter.sepia': '세피아',
  'media.filter.blur': '흐림',
  'media.filter.invert': '색 반전',
  'media.filter.hue': '색조 회전',

  'media.asked.heading': '페이지가 요청한 것',
  'media.delivered.heading': '브라우저가 보내 준 것',
  'media.delivered.none': '아직 없습니다.',
  'media.delivered.matches': '브라우저가 보내는 영상은 {size}입니다.',
  'media.delivered.differs':
    'ideal로 요청한 값은 {wanted}이고, 카메라가 실제로 보내는 영상은 {size}입니다. ideal은 “가능한 한 가깝게”라는 뜻입니다.',

  'media.inspector.heading': '스트림 객체 실시간 보기',
  'media.inspector.empty': '아직 스트림이 없습니다.',
  'media.inspector.released': '중지한 뒤의 마지막 스트림:',
  'media.inspector.current': 'video 요소에 연결된 스트림:',
  'media.inspector.track': '트랙 {n}',
  'media.inspector.noLabel': '(레이블 없음)',
  'media.inspector.patternLabel': '{label} (캔버스 트랙에는 장치가 없어서 브라우저가 무작위 ID를 이름으로 붙입니다)',
} as const satisfies Record<keyof typeof en, string>;
