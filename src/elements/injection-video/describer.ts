import { sameLanguage } from '../../model/locale.js';

/**
 * Audio description (WCAG 1.2.5, and extended description, 1.2.7): reads a
 * `kind="descriptions"` track's cues aloud with the Web Speech API as the video reaches them,
 * and hands each one to `announce` (the widget writes it to a polite live region, for screen
 * readers). A cue whose words take longer to say than the gap it fills holds the video once
 * its time is up (at the next cue update or timeupdate) until they are said.
 *
 * Privacy: only a voice on the reader's own device speaks (`localService`). Some browsers offer
 * network voices, which would send the words, and the visit, to another company; with no local
 * voice for the language the description is only announced, and a time estimate holds the video.
 */
export interface Describer {
  /** Stops speaking and removes every listener; resumes the video if a description held it, unless `resume` is false (the video is going away). */
  stop(resume?: boolean): void;
}

/** Seconds a description takes to say at normal speed, if speech cannot tell us: a slow pace, plus a margin. */
export const estimateSeconds = (text: string): number => Math.min(20, 1 + text.trim().split(/\s+/).length * 0.45);

/** A voice on this device for the language, if there is one. */
export function localVoice(synth: SpeechSynthesis | undefined, lang: string): SpeechSynthesisVoice | undefined {
  try {
    return synth?.getVoices().find((v) => v.localService && sameLanguage(v.lang, lang));
  } catch {
    return undefined;
  }
}

/** `from`: the time descriptions count from (when the reader turned it on, if the code came later). */
export function describe(video: HTMLVideoElement, track: TextTrack, lang: string, announce: (text: string) => void, from = video.currentTime): Describer {
  const said = new WeakSet<TextTrackCue>();
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  // Chromium fills its voice list only once asked: ask now, so the first description has one.
  localVoice(synth, lang);
  /** A description is being said (by a voice, or for its estimated time). */
  let speaking = false;
  /** The video is paused because a description is still being said. */
  let held = false;
  /** Our utterance, so an old one's late `end` (after a cancel) cannot end the next. */
  let utterance: SpeechSynthesisUtterance | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const silence = (): void => {
    if (utterance) synth?.cancel();
    utterance = undefined;
  };

  const done = (): void => {
    clearTimeout(timer);
    utterance = undefined;
    speaking = false;
    if (held) {
      held = false;
      video.play()?.catch(() => undefined);
    }
  };

  const say = (text: string): void => {
    announce(text);
    silence();
    clearTimeout(timer);
    speaking = true;
    const rate = video.playbackRate || 1;
    const estimate = (estimateSeconds(text) / rate) * 1000;
    const voice = localVoice(synth, lang);
    if (!synth || !voice || typeof SpeechSynthesisUtterance === 'undefined') {
      timer = setTimeout(done, estimate);
      return;
    }
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    u.rate = rate;
    try {
      u.voice = voice;
    } catch {
      // Only a real SpeechSynthesisVoice is accepted; the language then picks the voice.
    }
    u.onend = u.onerror = () => {
      if (utterance === u) done();
    };
    utterance = u;
    // An engine that never reports the end must not hold the video for ever.
    timer = setTimeout(() => {
      if (utterance === u) {
        silence();
        done();
      }
    }, estimate * 3);
    try {
      synth.speak(u);
    } catch {
      utterance = undefined;
      timer = setTimeout(done, estimate);
    }
  };

  /**
   * Our own "time marches on": a description is said when the video reaches its start, or is
   * inside it after a seek. Short cues can fall between two of the engine's cue updates (they
   * are "missed" and never active), so the cue list is read rather than only `activeCues`.
   */
  let last = Math.min(from, video.currentTime);
  const march = (): void => {
    const cues = track.cues;
    // Not loaded yet: keep the time we started from, so the first description still comes.
    if (!cues?.length) return;
    const now = video.currentTime;
    let due: TextTrackCue | undefined;
    let active = false;
    for (let i = 0; i < cues.length; i++) {
      const c = cues[i];
      const inside = c.startTime <= now && now < c.endTime;
      active ||= inside;
      if (!said.has(c) && c.startTime <= now && (c.endTime > last || inside)) {
        said.add(c);
        due = c;
      }
    }
    last = now;
    const text = due && 'text' in due && typeof due.text === 'string' ? due.text.trim() : '';
    if (due && text) say(text);
    // The cue's time is up but its words are not: hold the video until they are.
    if (speaking && !held && !video.paused && !active) {
      held = true;
      video.pause();
    }
  };

  /**
   * A reader who seeks takes over: the description stops, and a video held by one plays on
   * (the pause was the description's, not theirs). Descriptions at or after the new time are
   * said (again) when they come.
   */
  const onSeeking = (): void => {
    const wasHeld = held;
    held = false;
    silence();
    done();
    if (wasHeld) video.play()?.catch(() => undefined);
    last = video.currentTime;
    for (let i = 0; i < (track.cues?.length ?? 0); i++) {
      const c = track.cues![i];
      if (c.endTime > last) said.delete(c);
    }
  };
  /** Pressing play while held: the reader would rather go on than wait. */
  const onPlay = (): void => {
    if (!held) return;
    held = false;
    silence();
    done();
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
      silence();
      if (!resume) held = false;
      done();
    },
  };
}
