/** A synthetic camera: an animated canvas (moving mark and clock) and, if asked, a tone. */
export interface TestPattern {
  readonly stream: MediaStream;
  /** Stops the tracks, the drawing loop and the audio; safe to call more than once. */
  stop(): void;
}

export interface TestPatternOptions {
  width?: number;
  height?: number;
  /** Frames per second, both drawn and captured. */
  fps?: number;
  /** Adds an audio track with a quiet 440 Hz tone. */
  audio?: boolean;
  /** The document to draw in; its window supplies the timers and AudioContext. */
  document?: Document;
}

/** Creates a stream that can stand in anywhere a camera stream is used, without any camera or permission. */
export function createTestPattern(options: TestPatternOptions = {}): TestPattern {
  const { width = 640, height = 480, fps = 30, audio = false, document: doc = globalThis.document } = options;
  const win = doc.defaultView;
  if (!win) throw new Error('createTestPattern: the document has no window');
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('createTestPattern: this browser cannot draw on a canvas');

  const startedAt = win.performance.now();
  let frame = 0;
  const paint = () =>
    drawFrame(context, width, height, (win.performance.now() - startedAt) / 1000, frame++, new win.Date());
  paint();
  const stream = canvas.captureStream(fps);
  // A timer rather than requestAnimationFrame: rAF stops in background tabs, which would freeze a call's video.
  const timer = win.setInterval(paint, 1000 / fps);

  const tone = audio ? startTone(new win.AudioContext()) : null;
  if (tone) for (const track of tone.tracks) stream.addTrack(track);

  let stopped = false;
  return {
    stream,
    stop() {
      if (stopped) return;
      stopped = true;
      win.clearInterval(timer);
      for (const track of stream.getTracks()) track.stop();
      tone?.stop();
    },
  };
}

function startTone(audioContext: AudioContext): { tracks: MediaStreamTrack[]; stop(): void } {
  const oscillator = audioContext.createOscillator();
  oscillator.frequency.value = 440;
  const gain = audioContext.createGain();
  gain.gain.value = 0.05;
  const destination = audioContext.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  oscillator.start();
  return {
    tracks: destination.stream.getAudioTracks(),
    stop() {
      oscillator.stop();
      // close() rejects if the context is already closed; there is nothing left to release then.
      audioContext.close().catch(() => undefined);
    },
  };
}

const bars = ['#c0c0c0', '#c0c000', '#00c0c0', '#00c000', '#c000c0', '#c00000', '#0000c0'];

/** One frame: colour bars, a mark that sweeps left and right every four seconds, the wall clock and a frame count. */
function drawFrame(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  seconds: number,
  frame: number,
  now: Date,
): void {
  const barHeight = Math.round(height * 0.55);
  const barWidth = width / bars.length;
  bars.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect(Math.floor(i * barWidth), 0, Math.ceil(barWidth), barHeight);
  });
  ctx.fillStyle = '#101418';
  ctx.fillRect(0, barHeight, width, height - barHeight);

  const radius = Math.max(4, Math.round(height * 0.06));
  const phase = (seconds % 4) / 4;
  const sweep = phase < 0.5 ? phase * 2 : 2 - phase * 2;
  const x = radius + sweep * (width - 2 * radius);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(x, barHeight, radius, 0, 2 * Math.PI);
  ctx.fill();

  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  const clock = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${Math.round(height * 0.12)}px monospace`;
  ctx.fillText(clock, width / 2, barHeight + (height - barHeight) * 0.45);
  ctx.font = `${Math.round(height * 0.06)}px monospace`;
  ctx.fillStyle = '#a4acb8';
  ctx.fillText(`#${frame}`, width / 2, barHeight + (height - barHeight) * 0.8);
}
