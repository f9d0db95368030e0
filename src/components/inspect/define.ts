import { defineInspector } from './inspector-element';

// Every inspector island's element, in one small module that each island's <script> imports: the page loads it once,
// and each view's code loads when its inspector first has something to show.
defineInspector(
  'sdp-inspector',
  (snapshot) => snapshot.events.some((e) => e.type === 'description'),
  () => import('./sdp-view'),
);
defineInspector(
  'candidates-inspector',
  (snapshot) => snapshot.events.some((e) => e.type === 'candidate-gathered'),
  () => import('./candidates-view'),
);
defineInspector(
  'stats-inspector',
  (snapshot) => snapshot.samples.length > 0 || snapshot.sampler !== 'waiting',
  () => import('./stats-view'),
);
defineInspector(
  'sequence-inspector',
  (snapshot) => snapshot.events.some((e) => e.type === 'description' || e.type.startsWith('candidate-')),
  () => import('./sequence-view'),
);
