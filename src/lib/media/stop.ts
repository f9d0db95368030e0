/** Stops every track of a stream and detaches it from its element, so the camera light goes off. */
export function stopStream(stream: MediaStream | null | undefined, element?: HTMLMediaElement | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
  if (element) element.srcObject = null;
}
