/** English strings of chapter 4 and the media module: camera, permissions, test pattern. */
export const media = {
  'media.video.label': 'Local video preview',
  'media.video.off': 'No video yet',
  'media.action.start': 'Start camera',
  'media.action.stop': 'Stop',
  'media.action.testPattern': 'Use the test pattern',
  'media.action.cancel': 'Cancel',
  'media.action.retry': 'Try again',
  'media.action.fallback': 'Show the test pattern instead',

  'media.status.initial': 'Nothing is playing yet. Start the camera, or use the test pattern if you have no camera.',
  'media.status.stopped': 'Stopped. Every track has ended, so the camera is free again.',
  'media.status.cancelled':
    'Request cancelled. If the browser still shows its prompt you can dismiss it; a stream it grants now is stopped at once.',
  'media.status.ended': 'The stream ended on its own: the camera was unplugged, or access to it was taken away.',
  'media.status.requesting.camera': 'Asking the browser for the camera…',
  'media.status.requesting.test-pattern': 'Starting the test pattern…',
  'media.status.waiting':
    'Waiting for permission. The browser is probably asking you, near the address bar, whether this page may use the camera. Chrome offers “Allow this time” as well as “Allow on every visit”; either works here.',
  'media.status.live.camera': 'Camera on: {size}.',
  'media.status.live.test-pattern': 'Test pattern playing: {size}.',
  'media.status.failed': 'The camera did not start; the message below says why and what you can do.',
  'media.size': '{width} × {height} at {fps} frames per second',
  'media.size.unknown': 'size not reported yet',

  'media.error.heading': 'The camera did not start. {title}',
  'media.error.insecure-context.title': 'This page is not a secure context.',
  'media.error.insecure-context':
    'The browser hides the camera API (navigator.mediaDevices) on pages served over plain http from anywhere but this computer. Open the tutorial over https, or at http://localhost or http://127.0.0.1. The test pattern works here in the meantime.',
  'media.error.permission-denied.title': 'Access to the camera was refused.',
  'media.error.permission-denied':
    'The browser did not allow this page to use the camera: you chose Block, this site is blocked in the browser settings, or a policy forbids the camera here. Allow the camera for this site (click the icon at the left of the address bar; chapter 4 shows where each browser keeps this setting), then try again; or carry on with the test pattern.',
  'media.error.not-found.title': 'No camera was found.',
  'media.error.not-found':
    'The browser found no camera that matches: none is connected, or it is switched off or disabled in the system settings. Connect one and try again, or use the test pattern.',
  'media.error.not-readable.title': 'The camera is busy.',
  'media.error.not-readable':
    'The camera exists but could not be started, most often because another app or tab is using it, sometimes because of a driver problem. Close the other app and try again, or use the test pattern.',
  'media.error.overconstrained.title': 'No camera can do what was asked.',
  'media.error.overconstrained':
    'No camera can satisfy the constraint “{constraint}” as a requirement. Loosen it (turn off “exact”, or pick another resolution or camera) and try again.',
  'media.error.aborted.title': 'Opening the camera was interrupted.',
  'media.error.aborted':
    'Something stopped the browser while it was opening the camera, usually a hiccup in the system or the hardware. Try again; if it keeps happening, restart the browser or use the test pattern.',
  'media.error.invalid-constraints.title': 'The request for the camera was invalid.',
  'media.error.invalid-constraints':
    'The browser rejected the constraints before looking for a camera, for example because they asked for neither audio nor video. That is a mistake in the page, not in your setup: use the test pattern, and please report it.',
  'media.error.security.title': 'The camera is disabled for this page.',
  'media.error.security':
    'The browser refused for security reasons, for instance inside a frame that is not allowed to use the camera. Open the page on its own in a normal tab, or use the test pattern.',
  'media.error.unknown.title': 'An unexpected error stopped the camera.',
  'media.error.unknown':
    'The browser reported an error this page does not know: {name}. Try again, or use the test pattern; the details below are what the browser said.',
  'media.error.detail': 'The browser said: {name}: {message}',
  'media.error.detailNameOnly': 'The browser said: {name}',
  'media.error.detailConstraint': 'The browser said: {name}, constraint “{constraint}”',
  'media.error.noMessage': '(no message)',
  'media.error.noConstraint': '(not named)',

  'media.settings.heading': 'What to ask for',
  'media.device.label': 'Camera',
  'media.device.default': 'Default camera',
  'media.device.unnamed': 'Camera {n}',
  'media.device.hiddenLabels': 'Camera names appear once you have allowed camera access.',
  'media.device.none': 'The browser reports no camera. The test pattern works without one.',
  'media.device.count': 'Cameras the browser reports: {n}.',
  'media.device.noApi': 'This page has no camera API (navigator.mediaDevices), so it cannot list cameras.',
  'media.resolution.label': 'Resolution',
  'media.resolution.any': 'Any (the browser picks)',
  'media.resolution.preset': '{width} × {height}',
  'media.exact.label': 'Require it exactly (exact instead of ideal)',
  'media.tone.label': 'Add a tone to the test pattern (an audio track; the preview stays muted)',
  'media.view.heading': 'How to show it',
  'media.mirror.label': 'Mirror the preview',
  'media.filter.label': 'CSS filter',
  'media.filter.none': 'None',
  'media.filter.grayscale': 'Grayscale',
  'media.filter.sepia': 'Sepia',
  'media.filter.blur': 'Blur',
  'media.filter.invert': 'Invert',
  'media.filter.hue': 'Hue rotation',

  'media.asked.heading': 'What the page asked for',
  'media.delivered.heading': 'What the browser delivered',
  'media.delivered.none': 'Nothing yet.',
  'media.delivered.matches': 'The browser delivers {size}.',
  'media.delivered.differs':
    'Asked for {wanted} as an ideal, the camera delivers {size}: ideal means “as close as you can”.',

  'media.inspector.heading': 'The stream object, live',
  'media.inspector.empty': 'No stream yet.',
  'media.inspector.released': 'The last stream, after it was stopped:',
  'media.inspector.current': 'The stream in the video element:',
  'media.inspector.track': 'Track {n}',
  'media.inspector.noLabel': '(no label)',
  'media.inspector.patternLabel': '{label} (a canvas track has no device, so the browser names it with a random id)',
} as const;
