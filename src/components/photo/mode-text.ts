import type { MessageKey, Translate } from '../../i18n';
import type { LinkMode } from './photo-call';

/** Words that depend on where the other peer is: each name's key in one page, and in two tabs. */
const keys = {
  camera: ['transfer.photo.local', 'transfer.tabs.camera'],
  trail: ['transfer.photo.trail', 'transfer.tabs.trail'],
  trailEmpty: ['transfer.photo.trailEmpty', 'transfer.tabs.trailEmpty'],
  alt: ['transfer.photo.alt', 'transfer.tabs.alt'],
  idle: ['transfer.status.idle', 'transfer.tabs.idle'],
  stopped: ['transfer.status.stopped', 'transfer.tabs.stopped'],
  sends: ['transfer.file.alice', 'transfer.tabs.sends'],
  receives: ['transfer.file.bob', 'transfer.tabs.receives'],
  needOpen: ['transfer.fault.needOpen', 'transfer.tabs.needOpen'],
  notOpen: ['transfer.refusal.not-open', 'transfer.tabs.notOpen'],
  faultLead: ['transfer.fault.lead', 'transfer.tabs.faultLead'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** The name of a mode-dependent text, as `data-mode-text` attributes write it. */
export type ModeText = keyof typeof keys;

/** The key of `name` in `mode`. */
export function modeKey(name: ModeText, mode: LinkMode): MessageKey {
  return keys[name][mode === 'page' ? 0 : 1];
}

function isModeText(name: string | undefined): name is ModeText {
  return name !== undefined && Object.hasOwn(keys, name);
}

/** Rewrites every `[data-mode-text]` element under `root` in the words of `mode`. */
export function applyModeTexts(root: ParentNode, t: Translate, mode: LinkMode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-mode-text]')) {
    const name = element.dataset['modeText'];
    if (!isModeText(name)) continue;
    const text = t(modeKey(name, mode));
    if (element.textContent !== text) element.textContent = text;
  }
}
