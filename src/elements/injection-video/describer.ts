/**
 * Audio description (WCAG 1.2.5): reads a `kind="descriptions"` track's cues aloud with the Web
 * Speech API as the video reaches them, and hands each one to `announce` (the widget writes it
 * to a polite live region, for screen readers and for readers who turn speech off). A cue whose
 * words take longer to say than the gap it fills pauses the video until they are said: extended
 * description, so a description never talks over the narration.
 *
 * Engines without speech synthesis (or without a voice: it fails or never ends) are covered by
 * a time estimate, so the video is never left paused.
 */
export interface Describer {
  /** Stops speaking and removes every listener; resumes the video if a description held it, unless `resume` is false (the video is going away). */
  stop(resume?: boolean): void;
}

/** Seconds a description takes to say, if speech cannot tell us: a slow speaking pace, plus a margin. */
export const estimateSeconds = (text: string): number => Math.min(20, 1 + text.trim().split(/\s+/).length * 0.45);

export function describe(video: HTMLVideoElement, track: TextTrack, lang: string, announce: (text: string) => void): Describer {
  const said = new WeakSet<TextTrackCue>();
  let speaking = false;
  let heldVideo = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;

  const done = (): void => {
    clearTimeout(timer);
    speaking = false;
    if (heldVideo) {
      heldVideo = false;
      video.play()?.catch(() => undefined);
    }
  };

  const say = (text: string): void => {
    announce(text);
    clearTimeout(timer);
    speaking = true;
    timer = setTimeout(done, estimateSeconds(text) * 1000);
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = video.playbackRate;
    utterance.onend = done;
    // Some engines fail at once when they have no voice: then the estimate keeps time instead.
    try {
      synth.speak(utterance);
    } catch {
      // The estimate's timer is running.
    }
  };

  /**
   * Our own "time marches on": a description is said when the video reaches its start, or is
   * inside it after a seek. Short cues can fall between two of the engine's cue updates (they
   * are "missed" and never active), so the cue list is read rather than only `activeCues`.
   */
  let last = video.currentTime;
  const march = (): void => {
    const now = video.currentTime;
    const cues = track.cues;
    let due: TextTrackCue | undefined;
    let active = false;
    for (let i = 0; cues && i < cues.length; i++) {
      const cue = cues[i];
      const inside = cue.startTime <= now && now < cue.endTime;
      active ||= inside;
      if (!said.has(cue) && cue.startTime <= now && (cue.startTime > last || inside)) {
        said.add(cue);
        due = cue;
      }
    }
    last = now;
    if (due && 'text' in due && typeof due.text === 'string' && due.text.trim()) say(due.text.trim());
    // The cue's time is up but its words are not: hold the video until they are.
    if (speaking && !heldVideo && !video.paused && !active) {
      heldVideo = true;
      video.pause();
    }
  };

  /**
   * A reader who seeks, or presses play while a description holds the video, takes over. A seek
   * while held plays on: the pause was the description's, not theirs.
   */
  const onSeeking = (): void => {
    synth?.cancel();
    clearTimeout(timer);
    speaking = false;
    if (heldVideo) video.play()?.catch(() => undefined);
    heldVideo = false;
    last = video.currentTime;
    for (let i = 0; i < (track.cues?.length ?? 0); i++) {
      const cue = track.cues![i];
      // Descriptions at or ahead of the new time are said (again) when they come.
      if (cue.endTime > last) said.delete(cue);
    }
  };
  const onPlay = (): void => {
    if (heldVideo) onSeeking();
  };

  const marching = ['timeupdate', 'seeked'] as const;
  track.mode = 'hidden';
  track.addEventListener('cuechange', march);
  for (const type of marching) video.addEventListener(type, march);
  video.addEventListener('seeking', onSeeking);
  video.addEventListener('play', onPlay);
  return {
    stop(resume = true) {
      track.removeEventListener('cuechange', march);
      for (const type of marching) video.removeEventListener(type, march);
      video.removeEventListener('seeking', onSeeking);
      video.removeEventListener('play', onPlay);
      track.mode = 'disabled';
      if (speaking) synth?.cancel();
      if (!resume) heldVideo = false;
      done();
    },
  };
}
