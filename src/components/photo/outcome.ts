import type { Translate } from '../../i18n';
import type { SendResult } from '../../lib/transfer/sender';
import { mbps, size } from './format';

/** The sentence for how a send ended, from the sender's side. */
export function sentenceOf(t: Translate, result: SendResult): string {
  switch (result.outcome) {
    case 'refused':
      return t.code('transfer.refusal', result.code);
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

/** The canvas encoded as `type` at `quality` (0-1); null when the browser cannot. */
export function encodeCanvas(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}
