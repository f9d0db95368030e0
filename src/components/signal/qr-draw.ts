import encodeQR from 'qr';

/** Draws `text` as a QR code on a canvas, black on white with a quiet zone, at the lowest error correction. */
export function drawQr(canvas: HTMLCanvasElement, text: string): void {
  const modules = encodeQR(text, 'raw', { ecc: 'low', border: 4 });
  const scale = Math.max(2, Math.floor(480 / modules.length));
  const size = modules.length * scale;
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) context.fillRect(x * scale, y * scale, scale, scale);
    }),
  );
}
