/**
 * Keeps a sign-language video in step with the main video: it plays, pauses, seeks and changes
 * speed with it, and is nudged back when it drifts (two decoders never run at quite the same
 * pace). It is muted and has no controls of its own: the main video's native controls drive both.
 */

/** How far (seconds) the signer may drift before being moved back into step. */
export const MAX_DRIFT = 0.3;

export function syncSign(main: HTMLVideoElement, sign: HTMLVideoElement): () => void {
  const follow = (): void => {
    sign.playbackRate = main.playbackRate;
    if (Math.abs(sign.currentTime - main.currentTime) > MAX_DRIFT) sign.currentTime = main.currentTime;
    if (main.paused || main.ended) sign.pause();
    else if (sign.paused) sign.play()?.catch(() => undefined);
  };
  const events = ['play', 'pause', 'seeked', 'ratechange', 'timeupdate', 'ended'] as const;
  sign.muted = true;
  for (const type of events) main.addEventListener(type, follow);
  follow();
  return () => {
    for (const type of events) main.removeEventListener(type, follow);
    sign.pause();
  };
}
