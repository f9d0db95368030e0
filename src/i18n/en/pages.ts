/**
 * English strings of the page shell's language features, the home page, the glossary, the chapter-2 diagram and the
 * checks of understanding. `lang.offer.*` is always shown in the language it offers, so each dictionary words it for
 * its own readers.
 */
export const pages = {
  'lang.name': 'English',
  'lang.switch': 'Read this page in English',
  'lang.label': 'Language',
  'lang.offer.text': 'This page is also available in English.',
  'lang.offer.accept': 'Read it in English',
  'lang.offer.dismiss': 'No, thanks',

  'home.intro':
    'This tutorial walks through Google’s codelab “Real time communication with WebRTC” chapter by chapter, with the same numbering, so you can keep both open side by side. Instead of copying code into files, you run it here, one API call at a time, while the page shows what the browser did.',
  'home.doHeading': 'What you will do',
  'home.stageCaption':
    'Chapter 5’s call panel: your camera on Alice’s side, what Bob receives on his, and the four states of each peer connection as they change.',
  'home.beginHeading': 'Where to begin',
  'home.begin':
    'New to WebRTC? Start with chapter 1: it checks what your browser offers. Already know the pieces? Jump to chapter 5 and run a call by hand.',
  'home.jump': 'Go to chapter 5',
  'home.glossary': 'The words used along the way are collected in the glossary.',

  'nav.glossary': 'Glossary',
  'nav.site': 'Site',
  'glossary.title': 'Glossary',
  'glossary.description':
    'The WebRTC terms this tutorial uses, in English and Korean, each with the chapter that introduces it.',
  'glossary.intro':
    'Each term as the tutorial uses it, with its name in the other language, one line of meaning and the chapter where it first appears.',
  'glossary.otherName': 'In Korean',
  'glossary.introducedIn': 'Introduced in',

  'diagram.title': 'The parts of a WebRTC call',
  'diagram.desc':
    'Two browsers, Alice’s and Bob’s, each behind a NAT router. Both talk to a signaling server to swap offer, answer and candidates. Each asks a STUN server for its public address. Media then flows directly between the two browsers; when no direct path works, it goes through a TURN relay instead.',
  'diagram.signaling': 'Signaling server',
  'diagram.signaling.note': 'offer · answer · candidates',
  'diagram.stun': 'STUN server',
  'diagram.stun.note': '“what is my address?”',
  'diagram.turn': 'TURN server',
  'diagram.turn.note': 'relays media if needed',
  'diagram.nat': 'NAT router',
  'diagram.alice': 'Alice’s browser',
  'diagram.bob': 'Bob’s browser',
  'diagram.media': 'Media and data, peer to peer',
  'diagram.relay': 'Fallback: through TURN',
  'diagram.caption':
    'Signaling (dashed) only carries the small text messages that set the call up. The media goes straight from one browser to the other through the NAT routers, and only falls back to a TURN relay when no direct path works.',

  'check.predict.label': 'Predict, then run',
  'check.predict.choices': 'Your prediction',
  'check.predict.reveal': 'Run the step, then open the answer',
  'check.predict.correct': 'Answer',
} as const;
