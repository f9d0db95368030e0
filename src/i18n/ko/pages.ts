import type { pages as en } from '../en/pages';

/**
 * Korean strings of the page shell's language features, the home page, the glossary, the chapter-2 diagram and the
 * checks of understanding. `lang.*` speaks to Korean readers: it is what an English page shows to offer this language.
 */
export const pages = {
  'lang.name': '한국어',
  'lang.switch': '이 페이지를 한국어로 보기',
  'lang.label': '언어',
  'lang.offer.text': '이 페이지는 한국어로도 읽을 수 있습니다.',
  'lang.offer.accept': '한국어로 읽기',
  'lang.offer.dismiss': '괜찮습니다',

  'home.intro':
    '이 튜토리얼은 구글 코드랩 “Real time communication with WebRTC”를 같은 장 번호 그대로 한 장씩 따라갑니다. 그래서 두 문서를 나란히 펴 놓고 볼 수 있습니다. 코드를 파일에 옮겨 적는 대신 여기서 API 호출을 하나씩 직접 실행하고, 그때마다 브라우저가 무슨 일을 했는지 페이지가 보여 줍니다.',
  'home.doHeading': '이 튜토리얼에서 할 일',
  'home.stageCaption':
    '5장의 통화 패널입니다. 앨리스 쪽에는 내 카메라 영상이, 밥 쪽에는 밥이 받는 영상이 나오고, 두 피어 연결의 네 가지 상태가 바뀌는 모습을 그대로 보여 줍니다.',
  'home.beginHeading': '어디서부터 시작할까요',
  'home.begin':
    'WebRTC가 처음이라면 1장부터 시작하세요. 1장에서 브라우저가 지원하는 기능을 확인합니다. 구성 요소를 이미 안다면 5장으로 바로 가서 통화를 직접 실행해 보세요.',
  'home.jump': '5장으로 가기',
  'home.glossary': '튜토리얼에 나오는 용어는 용어집에 모아 두었습니다.',

  'nav.glossary': '용어집',
  'nav.site': '사이트',
  'glossary.title': '용어집',
  'glossary.description':
    '이 튜토리얼에서 쓰는 WebRTC 용어를 한국어와 영어로 정리하고, 각 용어를 처음 설명하는 장을 함께 적었습니다.',
  'glossary.intro': '튜토리얼에서 쓰는 용어마다 영어 이름, 한 줄 뜻풀이, 처음 나오는 장을 적었습니다.',
  'glossary.otherName': '영어 이름',
  'glossary.introducedIn': '처음 나오는 장',

  'diagram.title': 'WebRTC 통화의 구성 요소',
  'diagram.desc':
    '앨리스와 밥의 브라우저가 각각 NAT 라우터 뒤에 있습니다. 두 브라우저는 시그널링 서버를 통해 오퍼, 앤서, ICE 후보를 주고받고, 각자 STUN 서버에 자신의 공인 주소를 묻습니다. 그다음 미디어는 두 브라우저 사이를 직접 오가며, 직접 경로가 통하지 않을 때만 TURN 서버를 거쳐 중계됩니다.',
  'diagram.signaling': '시그널링 서버',
  'diagram.signaling.note': '오퍼 · 앤서 · ICE 후보',
  'diagram.stun': 'STUN 서버',
  'diagram.stun.note': '“내 주소가 뭐지?”',
  'diagram.turn': 'TURN 서버',
  'diagram.turn.note': '필요할 때 미디어 중계',
  'diagram.nat': 'NAT 라우터',
  'diagram.alice': '앨리스의 브라우저',
  'diagram.bob': '밥의 브라우저',
  'diagram.media': '미디어와 데이터, 피어 간 직접 전송',
  'diagram.relay': '대체 경로: TURN 경유',
  'diagram.caption':
    '시그널링(점선)은 통화를 설정하는 작은 텍스트 메시지만 나릅니다. 미디어는 NAT 라우터를 지나 한 브라우저에서 다른 브라우저로 곧장 가고, 직접 경로가 없을 때만 TURN 중계로 돌아갑니다.',

  'check.predict.label': '예상하고 실행하기',
  'check.predict.choices': '내 예상',
  'check.predict.reveal': '단계를 실행한 뒤 정답 열기',
  'check.predict.correct': '정답',
} as const satisfies Record<keyof typeof en, string>;
