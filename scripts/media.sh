#!/usr/bin/env bash
# Builds the demo media for <injection-video> from scripts/media/narration.json.
#
#   bash scripts/media.sh        (or: npm run media)
#
# Needs: node, ffmpeg/ffprobe (with libvpx-vp9, libopus, libx264, drawtext),
# espeak-ng, and the DejaVu Sans fonts (Debian: fonts-dejavu-core).
#
# Optional: MEDIA_KEEP_TMP=1 keeps the temp dir; VP9_CRF, OPUS_RATE, X264_CRF,
# AAC_RATE, AAC_SR override the encoder settings below.
#
# Outputs (all overwritten on each run):
#   src/media/subcutaneous-injection.webm        VP9 + Opus mono
#   src/media/subcutaneous-injection.mp4         H.264 main + AAC mono, faststart
#   src/media/subcutaneous-injection.en.vtt      one cue per narration line
#   src/media/subcutaneous-injection-poster.jpg  title slide
#   src/content/en-GB/videos/subcutaneous-injection.json   metadata, chapters, transcript
# and then, from those, by scripts/media-text.mjs (run last, on its own too):
#   src/media/subcutaneous-injection.en.txt      printable transcript, sources, dates
#   src/media/subcutaneous-injection.en.descriptions.vtt   audio description
#
# narration.json is the only source of the words: the speech, the slides, the
# captions and the transcript are all generated from it, and a check at the end
# fails the build if the VTT cues or transcript differ from it by one character.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

NARRATION="scripts/media/narration.json"
MEDIA_DIR="src/media"
CONTENT_DIR="src/content/en-GB"
NAME="subcutaneous-injection"
VIDEO_TITLE="How to give an injection under the skin"

W=640
H=360
FPS=5              # slides are still pictures; 5 fps is plenty
GOP=150            # keyframe at least every 30 s (slide changes add more)
RATE=22050         # espeak-ng native sample rate
VOICE="en-gb"
WPM=150
LEAD=0.2           # silence before each line (s)
PAUSE=0.6          # silence after each line (s)
CHAPTER_PAUSE=0.6  # extra silence after the last line of a chapter (s)

# Size budget: all committed media must stay well under 1 MB, each video under
# ~350 KB. The ~100 s of audio is most of each file, so the audio rates are
# lower than usual; they are plenty for a synthetic voice. Override for tests.
VP9_CRF="${VP9_CRF:-44}"
OPUS_RATE="${OPUS_RATE:-18k}"    # 60 ms frames: less container overhead
X264_CRF="${X264_CRF:-36}"
AAC_RATE="${AAC_RATE:-18k}"      # ffmpeg's AAC encoder overshoots; ~18 kbps real
AAC_SR="${AAC_SR:-16000}"

FONT="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BG="0xF7F5EF"      # warm off-white
FG="0x1A1A1A"      # near-black body text
ACCENT="0x1B3A5C"  # dark blue title and rule
LABEL_BG="0xE4E0D6"

for cmd in node ffmpeg ffprobe espeak-ng; do
  command -v "$cmd" >/dev/null || { echo "media.sh: '$cmd' not found" >&2; exit 1; }
done
for f in "$FONT" "$FONT_BOLD" "$NARRATION"; do
  [[ -f "$f" ]] || { echo "media.sh: missing $f" >&2; exit 1; }
done

TMP="$(mktemp -d)"
if [[ -n "${MEDIA_KEEP_TMP:-}" ]]; then echo "media.sh: keeping $TMP" >&2; else trap 'rm -rf "$TMP"' EXIT; fi
mkdir -p "$MEDIA_DIR" "$CONTENT_DIR" "$TMP/frames"

FF=(ffmpeg -hide_banner -loglevel error -nostdin -y)

# ---------------------------------------------------------------------------
# 1. Flatten the narration: one text file per line (spoken text, wrapped slide
#    text, chapter title). Fails on malformed JSON or empty chapters.
# ---------------------------------------------------------------------------
node -e '
const fs = require("fs");
const [file, tmp] = process.argv.slice(1);
const chapters = JSON.parse(fs.readFileSync(file, "utf8"));
if (!Array.isArray(chapters) || chapters.length === 0) throw new Error("narration: expected a non-empty array");
const wrap = (text, width) => {
  const out = []; let cur = "";
  for (const word of text.split(/\s+/)) {
    if (cur && (cur + " " + word).length > width) { out.push(cur); cur = word; }
    else cur = cur ? cur + " " + word : word;
  }
  if (cur) out.push(cur);
  return out.join("\n");
};
let i = 0;
const pad = (n) => String(n).padStart(3, "0");
for (const [c, ch] of chapters.entries()) {
  for (const k of ["id", "title"]) if (typeof ch[k] !== "string" || !ch[k]) throw new Error(`narration[${c}].${k} missing`);
  if (!Array.isArray(ch.lines) || ch.lines.length === 0) throw new Error(`narration[${c}].lines empty`);
  if (!Array.isArray(ch.sources)) throw new Error(`narration[${c}].sources missing`);
  for (const line of ch.lines) {
    if (typeof line !== "string" || line !== line.trim() || !line || /[\n\r]/.test(line) || line.includes("-->"))
      throw new Error(`narration[${c}] bad line: ${JSON.stringify(line)}`);
    fs.writeFileSync(`${tmp}/say_${pad(i)}.txt`, line + "\n");
    fs.writeFileSync(`${tmp}/wrap_${pad(i)}.txt`, wrap(line, 33));
    fs.writeFileSync(`${tmp}/title_${pad(i)}.txt`, ch.title);
    i++;
  }
}
fs.writeFileSync(`${tmp}/count`, String(i));
' "$NARRATION" "$TMP"

COUNT="$(cat "$TMP/count")"
echo "media.sh: $COUNT lines"

# ---------------------------------------------------------------------------
# 2. Speak each line and measure it.
# ---------------------------------------------------------------------------
: > "$TMP/durations"
for ((i = 0; i < COUNT; i++)); do
  n="$(printf '%03d' "$i")"
  espeak-ng -v "$VOICE" -s "$WPM" -f "$TMP/say_$n.txt" -w "$TMP/raw_$n.wav"
  # espeak-ng ends every clip with ~0.4 s of silence; trim it so cue end times
  # match the end of the speech and the pauses below are the real pauses.
  "${FF[@]}" -i "$TMP/raw_$n.wav" \
    -af "areverse,silenceremove=start_periods=1:start_threshold=-50dB,areverse" \
    -c:a pcm_s16le "$TMP/speech_$n.wav"
  ffprobe -v error -show_entries format=duration -of csv=p=0 "$TMP/speech_$n.wav" >> "$TMP/durations"
done

# ---------------------------------------------------------------------------
# 3. Plan: each slide lasts a whole number of frames covering lead + speech +
#    pause, so audio and video stay in step exactly. Writes plan.tsv
#    (index, frames, samples) and timings.json (cue times).
# ---------------------------------------------------------------------------
node -e '
const fs = require("fs");
const [file, tmp, fps, rate, lead, pause, chapterPause] = process.argv.slice(1);
const chapters = JSON.parse(fs.readFileSync(file, "utf8"));
const durs = fs.readFileSync(`${tmp}/durations`, "utf8").trim().split("\n").map(Number);
const F = Number(fps), R = Number(rate);
let frame = 0, i = 0;
const plan = [], cues = [], chapterStarts = [];
for (const ch of chapters) {
  ch.lines.forEach((text, k) => {
    const d = durs[i];
    if (!(d > 0)) throw new Error(`no audio for line ${i}`);
    const last = k === ch.lines.length - 1;
    const want = Number(lead) + d + Number(pause) + (last ? Number(chapterPause) : 0);
    const frames = Math.ceil(want * F - 1e-9);
    const start = frame / F + Number(lead);
    if (k === 0) chapterStarts.push({ id: ch.id, title: ch.title, start: frame / F });
    cues.push({ start, end: start + d, text });
    plan.push([i, frames, frames * R / F]);
    frame += frames; i++;
  });
}
if (i !== durs.length) throw new Error("line count mismatch");
fs.writeFileSync(`${tmp}/plan.tsv`, plan.map((r) => r.join("\t")).join("\n") + "\n");
fs.writeFileSync(`${tmp}/timings.json`, JSON.stringify({ total: frame / F, frames: frame, cues, chapters: chapterStarts }));
' "$NARRATION" "$TMP" "$FPS" "$RATE" "$LEAD" "$PAUSE" "$CHAPTER_PAUSE"

# ---------------------------------------------------------------------------
# 4. Audio: delay + pad each line to its exact slot, then join.
# ---------------------------------------------------------------------------
LEAD_MS="$(node -e 'console.log(Math.round(Number(process.argv[1]) * 1000))' "$LEAD")"
: > "$TMP/audio.txt"
while IFS=$'\t' read -r i frames samples; do
  n="$(printf '%03d' "$i")"
  "${FF[@]}" -i "$TMP/speech_$n.wav" \
    -af "aresample=$RATE,adelay=${LEAD_MS}:all=1,apad=whole_len=$samples,atrim=end_sample=$samples" \
    -ac 1 -ar "$RATE" -c:a pcm_s16le "$TMP/slot_$n.wav"
  echo "file 'slot_$n.wav'" >> "$TMP/audio.txt"
done < "$TMP/plan.tsv"
"${FF[@]}" -f concat -safe 0 -i "$TMP/audio.txt" -c:a pcm_s16le "$TMP/narration.wav"

# ---------------------------------------------------------------------------
# 5. Slides: chapter title, rule, current sentence, "Illustration" label.
# ---------------------------------------------------------------------------
LABEL="drawtext=fontfile=$FONT:text=Illustration:fontsize=16:fontcolor=0x333333:box=1:boxcolor=$LABEL_BG:boxborderw=6:x=w-text_w-22:y=20"

frame=0
while IFS=$'\t' read -r i frames samples; do
  n="$(printf '%03d' "$i")"
  "${FF[@]}" -f lavfi -i "color=c=$BG:s=${W}x${H}" -frames:v 1 -vf "\
drawtext=fontfile=$FONT_BOLD:textfile=$TMP/title_$n.txt:fontsize=28:fontcolor=$ACCENT:x=40:y=34,\
drawbox=x=40:y=78:w=$((W - 80)):h=3:color=$ACCENT:t=fill,\
drawtext=fontfile=$FONT:textfile=$TMP/wrap_$n.txt:fontsize=31:line_spacing=12:fontcolor=$FG:x=40:y=100+(h-100-text_h)/2,\
$LABEL" "$TMP/slide_$n.png"
  for ((f = 0; f < frames; f++)); do
    ln "$TMP/slide_$n.png" "$TMP/frames/$(printf '%06d' "$frame").png"
    frame=$((frame + 1))
  done
done < "$TMP/plan.tsv"

# Poster: the title slide.
printf '%s' "$VIDEO_TITLE" | node -e '
const t = require("fs").readFileSync(0, "utf8"); const out = []; let cur = "";
for (const w of t.split(" ")) { if (cur && (cur + " " + w).length > 24) { out.push(cur); cur = w; } else cur = cur ? cur + " " + w : w; }
out.push(cur); process.stdout.write(out.join("\n"));' > "$TMP/poster_title.txt"
printf '%s' "An illustration made with a computer voice and slides" > "$TMP/poster_sub.txt"
"${FF[@]}" -f lavfi -i "color=c=$BG:s=${W}x${H}" -frames:v 1 -vf "\
drawtext=fontfile=$FONT_BOLD:textfile=$TMP/poster_title.txt:fontsize=38:line_spacing=12:fontcolor=$ACCENT:x=40:y=(h-text_h)/2-90,\
drawbox=x=40:y=202:w=$((W - 80)):h=3:color=$ACCENT:t=fill,\
drawtext=fontfile=$FONT:textfile=$TMP/poster_sub.txt:fontsize=19:fontcolor=$FG:x=40:y=222,\
$LABEL" "$TMP/poster.png"
"${FF[@]}" -i "$TMP/poster.png" -frames:v 1 -q:v 4 -pix_fmt yuvj420p -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
  "$MEDIA_DIR/$NAME-poster.jpg"

# ---------------------------------------------------------------------------
# 6. Encode. Single-threaded for repeatable output.
# ---------------------------------------------------------------------------
WEBM="$MEDIA_DIR/$NAME.webm"
MP4="$MEDIA_DIR/$NAME.mp4"
IN=(-framerate "$FPS" -i "$TMP/frames/%06d.png" -i "$TMP/narration.wav" -map 0:v:0 -map 1:a:0)
EXACT=(-map_metadata -1 -map_chapters -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -threads 1)

"${FF[@]}" "${IN[@]}" \
  -c:v libvpx-vp9 -pix_fmt yuv420p -b:v 0 -crf "$VP9_CRF" -deadline good -cpu-used 1 -row-mt 0 \
  -g "$GOP" -keyint_min "$FPS" \
  -c:a libopus -b:a "$OPUS_RATE" -ac 1 -application voip -frame_duration 60 \
  "${EXACT[@]}" -shortest "$WEBM"

"${FF[@]}" "${IN[@]}" \
  -c:v libx264 -profile:v main -pix_fmt yuv420p -preset veryslow -tune stillimage -crf "$X264_CRF" \
  -g "$GOP" -keyint_min "$FPS" -x264-params "ref=1" \
  -c:a aac -b:a "$AAC_RATE" -ar "$AAC_SR" -ac 1 \
  -movflags +faststart "${EXACT[@]}" -shortest "$MP4"

probe_duration() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }
DUR_WEBM="$(probe_duration "$WEBM")"
DUR_MP4="$(probe_duration "$MP4")"

# ---------------------------------------------------------------------------
# 7. Captions and metadata, then a strict check against the narration.
# ---------------------------------------------------------------------------
node -e '
const fs = require("fs");
const [file, tmp, contentDir, mediaDir, name, title, durWebm, durMp4] = process.argv.slice(1);
const chapters = JSON.parse(fs.readFileSync(file, "utf8"));
const t = JSON.parse(fs.readFileSync(`${tmp}/timings.json`, "utf8"));
const r2 = (x) => Math.round(x * 100) / 100;
const dw = Number(durWebm), dm = Number(durMp4);
for (const d of [dw, dm]) if (!(Math.abs(d - t.total) < 0.25)) throw new Error(`encoded duration ${d} != planned ${t.total}`);
const duration = r2(Math.min(dw, dm));

const ts = (s) => {
  const ms = Math.round(s * 1000);
  const h = Math.floor(ms / 3600000), m = Math.floor(ms / 60000) % 60, sec = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}`;
};
let vtt = "WEBVTT\n";
t.cues.forEach((c, i) => { vtt += `\n${i + 1}\n${ts(c.start)} --> ${ts(c.end)}\n${c.text}\n`; });
fs.writeFileSync(`${mediaDir}/${name}.en.vtt`, vtt);

const all = [...new Set(chapters.flatMap((c) => c.sources))];
const order = ["S28", "S64", "S4", "S44", "S9", "S10", "S29", "S30"];
all.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
const doc = {
  id: name,
  title,
  description: {
    text: "A short video that shows, step by step, how to give yourself an injection under the skin.",
    sources: ["S28"],
  },
  illustration: "This is an illustration made with a computer voice and slides, not a video of a real clinic.",
  duration,
  poster: { src: `media/${name}-poster.jpg`, alt: `Title slide: ${title}. Illustration.` },
  media: [
    { src: `media/${name}.webm`, type: "video/webm" },
    { src: `media/${name}.mp4`, type: "video/mp4" },
  ],
  captions: [ { src: `media/${name}.en.vtt`, srclang: "en", label: "English" } ],
  // Written by scripts/media-text.mjs (run below), which keeps these two as they are here.
  descriptions: [ { src: `media/${name}.en.descriptions.vtt`, srclang: "en", label: "English audio description" } ],
  transcriptFile: { src: `media/${name}.en.txt`, type: "text/plain" },
  chapters: t.chapters.map((c) => ({ id: c.id, start: r2(c.start), title: c.title })),
  transcript: t.cues.map((c) => ({ start: r2(c.start), end: r2(c.end), text: c.text })),
  sources: all,
};
fs.writeFileSync(`${contentDir}/videos/${name}.json`, JSON.stringify(doc, null, 2) + "\n");
' "$NARRATION" "$TMP" "$CONTENT_DIR" "$MEDIA_DIR" "$NAME" "$VIDEO_TITLE" "$DUR_WEBM" "$DUR_MP4"

# Independent check: parse the written VTT and videos.json back and compare
# with narration.json word for word.
node -e '
const fs = require("fs");
const [file, vttFile, jsonFile] = process.argv.slice(1);
const fail = (m) => { console.error("media.sh check failed: " + m); process.exit(1); };
const lines = JSON.parse(fs.readFileSync(file, "utf8")).flatMap((c) => c.lines);
const vtt = fs.readFileSync(vttFile, "utf8");
if (!vtt.startsWith("WEBVTT\n")) fail("VTT header");
const sec = (s) => { const [h, m, x] = s.split(":"); return Number(h) * 3600 + Number(m) * 60 + Number(x); };
const cues = [];
for (const block of vtt.replace(/^WEBVTT\n/, "").trim().split(/\n{2,}/)) {
  const rows = block.split("\n");
  const at = rows.findIndex((r) => r.includes("-->"));
  if (at < 0) fail("cue without timing: " + JSON.stringify(block));
  const m = /^(\d\d:\d\d:\d\d\.\d\d\d) --> (\d\d:\d\d:\d\d\.\d\d\d)$/.exec(rows[at]);
  if (!m) fail("bad timing line: " + rows[at]);
  cues.push({ start: sec(m[1]), end: sec(m[2]), text: rows.slice(at + 1).join("\n") });
}
if (cues.length !== lines.length) fail(`VTT has ${cues.length} cues, narration has ${lines.length} lines`);
const video = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
if (video.transcript.length !== lines.length) fail("transcript length");
let prev = 0;
lines.forEach((line, i) => {
  if (cues[i].text !== line) fail(`cue ${i + 1} text ${JSON.stringify(cues[i].text)} != ${JSON.stringify(line)}`);
  if (video.transcript[i].text !== line) fail(`transcript ${i} text differs`);
  if (!(cues[i].start >= prev && cues[i].end > cues[i].start)) fail(`cue ${i + 1} times out of order`);
  if (Math.abs(video.transcript[i].start - cues[i].start) > 0.01 || Math.abs(video.transcript[i].end - cues[i].end) > 0.01) fail(`transcript ${i} times differ from VTT`);
  prev = cues[i].end;
});
if (prev > video.duration) fail(`last cue ends after the video (${prev} > ${video.duration})`);
console.log(`media.sh: check ok: ${cues.length} cues, ${video.chapters.length} chapters, ${video.duration} s`);
' "$NARRATION" "$MEDIA_DIR/$NAME.en.vtt" "$CONTENT_DIR/videos/$NAME.json"

# The printable transcript and the audio description, from the narration and the times above.
node scripts/media-text.mjs

for f in "$WEBM" "$MP4"; do
  size="$(stat -c %s "$f")"
  (( size <= 350000 )) || echo "media.sh: warning: $f is $size bytes (budget 350000)" >&2
done
ls -l "$WEBM" "$MP4" "$MEDIA_DIR/$NAME.en.vtt" "$MEDIA_DIR/$NAME.en.descriptions.vtt" "$MEDIA_DIR/$NAME.en.txt" \
  "$MEDIA_DIR/$NAME-poster.jpg" "$CONTENT_DIR/videos/$NAME.json"
