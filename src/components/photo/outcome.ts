import type { Translate } from '../../i18n';
import type { SendResult } from '../../lib/transfer/sender';
import { mbps, size } from './format';
import { modeKey } from './mode-text';
import type { LinkMode } from './photo-call';

/** The sentence for how a send ended, from the sender's side, in the words of the page's mode. */
export function sentenceOf(t: Translate, result: SendResult, mode: LinkMode): string {
  switch (result.outcome) {
    case 'refused':
      return result.code === 'not-open' ? t(modeKey('notOpen', mode)) : t.code('transfer.refusal', result.code);
    case 'delivered':
      return t('transfer.sent.delivered', {
        size: size(result.bytes),
        chunks: result.chunks,
        ms: result.ms.toFixed(0),
        rate: mbps(result.bytes, result.ms),
      });
    case 'cancelled':
      return result.by === 'sender'
        ? t('transfer.sent.sender-cancelled', { size: size(result.bytes) })
        : t('transfer.sent.byReceiver', { size: size(result.bytes), reason: t.code('transfer.failed', result.code) });
    case 'cut-off':
      return t('transfer.sent.cut-off', { size: size(result.bytes) });
    case 'error':
      return t('transfer.sent.error', { name: result.error.name, message: result.error.message });
  }
}

/**
 * The canvas encoded as `type` at `quality` (0-1); null when the browser cannot. `canvas.toBlob` would be the natural
 * call, but Chromium runs it in idle time, and on a page that is busy (a video playing, a machine under load) it was
 * measured waiting up to a second for that; `toDataURL` encodes at once, and the base64 is turned back into bytes.
 */
export function encodeCanvas(canvas: HTMLCanvasElement, type: string, quality: number): Blob | null {
  const url = canvas.toDataURL(type, quality);
  const comma = url.indexOf(',');
  const actual = url.slice(5, url.indexOf(';'));
  if (comma < 0 || actual !== type) return null;
  const text = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type });
}
