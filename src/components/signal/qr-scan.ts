import decodeQR from 'qr/decode.js';

/** How often a camera frame is examined, in milliseconds: enough to feel instant, light on a phone's battery. */
const scanEveryMs = 150;

/**
 * Shows the rear camera in `video` and calls `found` with the text of the first QR code it sees. Returns the function
 * that stops the camera; rejects with the camera's error when it cannot start.
 */
export async function scanQr(video: HTMLVideoElement, found: (text: string) => void): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  video.srcObject = stream;
  video.muted = true;
  await video.play().catch(() => undefined);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let timer = 0;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    window.clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  const look = (): void => {
    if (stopped || !context) return;
    const { videoWidth: width, videoHeight: height } = video;
    if (width > 0 && height > 0) {
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      try {
        const text = decodeQR(context.getImageData(0, 0, width, height));
        if (text) return found(text);
      } catch {
        // No code in this frame: look again at the next one.
      }
    }
    timer = window.setTimeout(look, scanEveryMs);
  };
  timer = window.setTimeout(look, 0);
  return stop;
}
