import type { siteTools as en } from '../en/site-tools';

/** Korean strings of the reader's tools: search and progress. */
export const siteTools = {
  'search.open': '검색',
  'search.shortcut': '/ 또는 Ctrl+K를 누르면 검색합니다',
  'search.title': '장 내용 검색',
  'search.label': '찾을 낱말이나 API 이름',
  'search.close': '닫기',
  'search.loading': '검색 색인을 불러오는 중…',
  'search.hint': '낱말, createOffer 같은 API 이름, have-local-offer 같은 상태 값을 입력하세요.',
  'search.none': '“{query}”에 해당하는 내용이 없습니다. 더 짧은 낱말이나 API 이름으로 찾아보세요.',
  'search.count': '“{query}” 검색 결과: {n}개 장',
  'search.failed':
    '검색 색인을 불러오지 못했습니다({reason}). 페이지를 새로 고치세요. 색인 없이 빌드한 사이트라면 npm run build로 다시 빌드하세요.',
  'search.codeFailed': '검색 기능을 불러오지 못했습니다. 네트워크 연결을 확인한 뒤 페이지를 새로 고치세요.',
  'search.keys': '화살표 키로 결과를 옮겨 다니고, Enter로 열고, Esc로 닫습니다.',
  'progress.heading': '학습 진행 상황',
  'progress.status.done': '완료',
  'progress.status.started': '진행 중',
  'progress.status.not-started': '시작 전',
  'progress.chapterStatus': '{n}장: {status}',
  'progress.count': '목표 {total}개 중 {reached}개 달성',
  'progress.explain':
    '각 장에서 배운 것을 직접 해 보면 완료로 표시됩니다. 4장은 실시간 영상을 띄우고, 5장은 단계 버튼으로 통화를 연결하고, 6장은 채널로 메시지를 한 번 건네고, 7장은 시그널링 전송 수단으로 메시지를 한 번 받아 보고, 8장은 두 탭 사이의 통화를 연결하고, 9장은 사진과 파일을 하나씩 보내 해시 검증까지 통과하면 됩니다. 확인 문제는 모든 답을 펼쳐 보면 됩니다.',
  'progress.reset': '진행 상황 초기화',
  'progress.resetConfirm':
    '이 브라우저에 기록된 진행 상황을 모두 지울까요? 확인하려면 진행 상황 초기화를 한 번 더 누르세요.',
  'progress.resetDone': '진행 상황을 초기화했습니다.',
  'progress.export': '진행 상황을 파일로 저장',
  'progress.import': '파일에서 진행 상황 불러오기',
  'progress.imported': '불러왔습니다. 새 목표 {n}개가 추가되었고, 기존 기록은 그대로입니다.',
  'progress.import.not-json': 'JSON 파일이 아닙니다. “진행 상황을 파일로 저장”으로 만든 파일을 고르세요.',
  'progress.import.not-progress':
    'JSON 파일이지만 이 튜토리얼의 진행 상황 파일이 아닙니다. “진행 상황을 파일로 저장”으로 만든 파일을 고르세요.',
  'progress.import.newer-version':
    '더 새로운 버전의 튜토리얼에서 저장한 파일입니다. 페이지를 새로 고쳐 최신 버전을 받은 뒤 다시 시도하세요.',
  'progress.import.bad-milestone':
    '읽을 수 없는 항목이 있어 아무것도 불러오지 않았습니다. 다른 기기에서 파일을 새로 저장해 오세요.',
  'progress.import.too-many': '튜토리얼에 있는 목표보다 훨씬 많은 항목이 들어 있어 아무것도 불러오지 않았습니다.',
  'progress.import.too-large': '진행 상황 파일이라기에는 너무 큽니다(64KB 초과). 아무것도 불러오지 않았습니다.',
  'progress.import.empty': '빈 파일입니다. 아무것도 불러오지 않았습니다.',
  'progress.import.unreadable': '브라우저가 파일을 읽지 못했습니다. 파일을 다시 골라 보세요.',
  'progress.notice.moved-aside': '저장된 진행 상황을 읽을 수 없어 따로 보관해 두고 처음부터 시작합니다.',
  'progress.notice.memory-only':
    '이 브라우저는 페이지가 데이터를 저장하지 못하게 하므로, 진행 상황은 이 페이지를 떠나면 사라집니다.',
} as const satisfies Record<keyof typeof en, string>;
