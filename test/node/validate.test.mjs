// `cytokine-widgets validate` as a content designer runs it (the real command, in a child
// process, on generated fixtures), and the checks behind it (src/model/findings.ts, rules.ts,
// media-rules.ts, schema-findings.ts) one by one. The command needs `npm run build` (it runs
// dist/cli/validate.js); the unit tests bundle the TypeScript sources themselves.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import { CLI_ONLY_RULES, NARRATION, TODAY, fixtures, writeFixtures } from '../fixtures/models/make.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Another copy of the package (bin/ beside its own dist/) can be tested the same way.
const BIN = process.env.CYTOKINE_WIDGETS_BIN ?? join(ROOT, 'bin/cytokine-widgets.mjs');
const DIR = mkdtempSync(join(tmpdir(), 'cytokine-validate-'));
writeFixtures(DIR);
process.on('exit', () => rmSync(DIR, { recursive: true, force: true }));

const cli = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, 'validate', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { status, stdout, stderr };
};
const fixtureArgs = (name) => [join(DIR, `${name}.json`), '--today', TODAY, ...(fixtures[name].narration ? ['--narration', fixtures[name].narration] : [])];
const names = (prefix) => Object.keys(fixtures).filter((n) => n.startsWith(prefix));
const summary = (findings) => findings.map(({ severity, rule, path }) => `${severity} ${rule} ${path}`).sort();

// ---- the command ----------------------------------------------------------------------------

test('the good model is valid, with no findings, and the report says no clinical review is recorded', () => {
  const { status, stdout } = cli(...fixtureArgs('good'));
  assert.equal(status, 0, stdout);
  assert.match(stdout, /good\.json: valid\.\n/);
  assert.match(stdout, /No clinical review is recorded/);
  assert.doesNotMatch(stdout, /error|warning/);
});

test('a recorded clinical review is named in the report', () => {
  const { status, stdout } = cli(...fixtureArgs('good-with-review'));
  assert.equal(status, 0, stdout);
  assert.match(stdout, /Clinical review recorded: "Dr Jane Smith, consultant oncologist, Royal Infirmary" on \d{4}-\d{2}-\d{2}\./);
});

for (const name of names('broken-')) {
  test(`${name}: exit 1, with the path, rule and a fix for each finding`, () => {
    const { status, stdout } = cli(...fixtureArgs(name));
    assert.equal(status, 1, stdout);
    for (const { path, rule, severity } of fixtures[name].expect) {
      const at = stdout.indexOf(`  ${severity.padEnd(8)} ${path}   ${rule}\n`);
      assert.ok(at >= 0, `${severity} ${path} ${rule} in:\n${stdout}`);
      assert.match(stdout.slice(at).split('\n')[2], /^ {11}Fix: \S/, 'a Fix line under the message');
    }
    assert.match(stdout, new RegExp(`${name}\\.json: not valid \\(\\d+ errors?\\)\\.\\n$`));
  });
}

test('a model from before the message catalogue is told where its labels went', () => {
  const { stdout } = cli(...fixtureArgs('broken-old-labels'));
  assert.match(stdout, /"labels" is no longer part of the model\./);
  assert.match(stdout, /Fix: Remove it\. .*dist\/messages\/en-GB\.json .*messages attribute/);
});

for (const name of names('warning-')) {
  test(`${name}: exit 0, valid, with the warning printed`, () => {
    const { status, stdout } = cli(...fixtureArgs(name));
    assert.equal(status, 0, stdout);
    const [{ path, rule }] = fixtures[name].expect;
    assert.ok(stdout.includes(`  warning  ${path}   ${rule}\n`), stdout);
    assert.match(stdout, /Fix: /);
    assert.match(stdout, new RegExp(`${name}\\.json: valid, with 1 warning\\.`));
  });
}

test('--json: exactly the expected findings for every fixture, each with a message and a fix', () => {
  // One run per narration file (none, or the demo's): the files of a run share its options.
  const groups = new Map();
  for (const name of Object.keys(fixtures)) {
    const narration = fixtures[name].narration ?? '';
    groups.set(narration, [...(groups.get(narration) ?? []), name]);
  }
  for (const [narration, group] of groups) {
    const { status, stdout } = cli(...group.map((n) => join(DIR, `${n}.json`)), '--today', TODAY, '--json', ...(narration ? ['--narration', narration] : []));
    const reports = JSON.parse(stdout);
    assert.deepEqual(reports.map((r) => r.file), group.map((n) => join(DIR, `${n}.json`)));
    assert.equal(status, reports.every((r) => r.valid) ? 0 : 1);
    for (const [i, report] of reports.entries()) {
      const { expect } = fixtures[group[i]];
      assert.deepEqual(summary(report.findings), summary(expect), group[i]);
      assert.equal(report.valid, !expect.some((f) => f.severity === 'error'), group[i]);
      for (const f of report.findings) {
        assert.ok(f.message.length > 10 && f.fix.length > 10, `${group[i]}: plain words in ${JSON.stringify(f)}`);
        assert.doesNotMatch(`${f.message} ${f.fix}`, /must NOT|instancePath|schemaPath|\bundefined\b/, 'no programmer words');
      }
    }
  }
});

test('the shipped content agrees with its own captions (src/media) and narration (scripts/media)', () => {
  const file = join(DIR, 'shipped.json');
  writeFileSync(file, JSON.stringify(fixtures.good.model));
  const { status, stdout } = cli(file, '--today', TODAY, '--media-base', 'src', '--narration', NARRATION, '--json');
  assert.equal(status, 0, stdout);
  assert.deepEqual(JSON.parse(stdout)[0].findings, []);
});

test('captions that cannot be found are a warning that names --media-base', () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'cytokine-elsewhere-'));
  try {
    const file = join(elsewhere, 'model.json');
    writeFileSync(file, JSON.stringify(fixtures.good.model));
    const { status, stdout } = cli(file, '--today', TODAY);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /warning {2}\$\.videos\[0\]\.captions\[0\]\.src {3}captions/);
    assert.match(stdout, /--media-base/);
    assert.equal(cli(file, '--today', TODAY, `--media-base=${join(ROOT, 'src')}`, '--json').stdout.includes('"findings": []'), true);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('several files: each is reported, and one with errors makes the exit code 1', () => {
  const { status, stdout } = cli(join(DIR, 'good.json'), join(DIR, 'broken-javascript-link.json'), '--today', TODAY);
  assert.equal(status, 1);
  assert.match(stdout, /good\.json: valid\./);
  assert.match(stdout, /broken-javascript-link\.json: not valid \(1 error\)\./);
});

test('an audio description that cannot be found, or is on the web, is a warning that says it was not checked', () => {
  const model = structuredClone(fixtures.good.model);
  model.videos[0].descriptions.push({ src: 'media/nowhere.vtt', srclang: 'en', label: 'Elsewhere' }, { src: 'https://cdn.example/ad.vtt', srclang: 'cy', label: 'Cymraeg' });
  const file = join(DIR, 'descriptions-elsewhere.json');
  writeFileSync(file, JSON.stringify(model));
  const { status, stdout } = cli(file, '--today', TODAY, '--media-base', 'src');
  assert.equal(status, 0, stdout);
  assert.match(stdout, /warning {2}\$\.videos\[0\]\.descriptions\[1\]\.src {3}descriptions\n.*"media\/nowhere\.vtt" is not at .*nowhere\.vtt, so it was not checked\./);
  assert.match(stdout, /warning {2}\$\.videos\[0\]\.descriptions\[2\]\.src {3}descriptions\n.*on the web, so it was not checked/);
  assert.doesNotMatch(stdout, /descriptions\[0\]/, 'the shipped one is found and fits');
});

test('captions on the web are not downloaded, and the report says they were not compared', () => {
  const file = join(DIR, 'web-captions.json');
  const model = structuredClone(fixtures.good.model);
  model.videos[0].captions[0].src = 'https://cdn.example/captions.vtt';
  writeFileSync(file, JSON.stringify(model));
  const { status, stdout } = cli(file, '--today', TODAY);
  assert.equal(status, 0, stdout);
  assert.match(stdout, /warning {2}\$\.videos\[0\]\.captions\[0\]\.src {3}captions\n.*on the web, so they were not compared/);
});

test('a root-relative caption address starts from --media-base', () => {
  const file = join(DIR, 'root-captions.json');
  const model = structuredClone(fixtures.good.model);
  model.videos[0].captions[0].src = `/${model.videos[0].captions[0].src}`;
  writeFileSync(file, JSON.stringify(model));
  const { status, stdout } = cli(file, '--today', TODAY, '--media-base', 'src', '--json');
  assert.equal(status, 0, stdout);
  assert.deepEqual(JSON.parse(stdout)[0].findings, []);
});

test('a file over the 2 MB the widgets accept is an error', () => {
  const file = join(DIR, 'enormous.json');
  writeFileSync(file, JSON.stringify({ ...fixtures.good.model, publisher: 'x'.repeat(2 * 1024 * 1024) }));
  const { status, stdout } = cli(file, '--today', TODAY);
  assert.equal(status, 1, stdout);
  assert.match(stdout, /error {4}\$ {3}file\n.*refuse anything over 2097152 bytes/);
});

test('message catalogues: the published one is valid; a translation keeps the ids and placeholders', () => {
  const published = cli(join(ROOT, 'dist/messages/en-GB.json'));
  assert.equal(published.status, 0, published.stdout);
  assert.match(published.stdout, /en-GB\.json: valid\./);
  const source = JSON.parse(readFileSync(join(ROOT, 'dist/messages/en-GB.json'), 'utf8'));
  const welsh = { locale: 'cy', messages: { ...source.messages, sideEffectsOf: 'Sgil-effeithiau', noSuchId: 'x' } };
  delete welsh.messages.transcript;
  const file = join(DIR, 'cy-messages.json');
  writeFileSync(file, JSON.stringify(welsh));
  const { status, stdout } = cli(file);
  assert.equal(status, 1, stdout);
  assert.match(stdout, /error {4}\$\.messages\["sideEffectsOf"\] {3}catalogue\n.*\{drug\}/);
  assert.match(stdout, /error {4}\$\.messages\["noSuchId"\] {3}catalogue/);
  assert.match(stdout, /warning  \$\.messages {3}catalogue\n.*No text for 1 message \(transcript\)/);
  assert.match(stdout, /Fix: /);
});

test('a missing file is an error that says so', () => {
  const { status, stdout } = cli(join(DIR, 'no-such-model.json'));
  assert.equal(status, 1);
  assert.match(stdout, /error {4}\$ {3}file\n/);
  assert.match(stdout, /Cannot read .*no-such-model\.json: there is no such file\./);
});

test('invalid JSON is an error with the line and column and what should be there', () => {
  const cases = [
    ['{\n  "version": "1.0.0",\n  "locale": "en-GB",\n}\n', 'line 4, column 1 there is "}" where there should be a field name in double quotes'],
    ['{\n  "version": "1.0.0"\n  "locale": "en-GB"\n}', 'line 3, column 3 there is "\\"" where there should be a comma (,) or "}"'],
    ['{"drugs": [1, 2', 'line 1, column 16 the file ends where there should be a comma (,) or "]"'],
    ['\uFEFF{"a": tru}', 'line 1, column 7 there is "t" where there should be a value'],
  ];
  for (const [text, where] of cases) {
    const file = join(DIR, 'invalid.json');
    writeFileSync(file, text);
    const { status, stdout } = cli(file);
    assert.equal(status, 1, stdout);
    assert.ok(stdout.includes(`The file is not valid JSON: at ${where}`), stdout);
    assert.match(stdout, /error {4}\$ {3}json\n/);
  }
});

test('usage errors exit 2 with the usage; --help exits 0', () => {
  for (const args of [[], ['--today'], ['--bogus', 'a.json'], ['a.json', '--today', '2026-02-30'], ['a.json', '--media-base']]) {
    const { status, stdout, stderr } = cli(...args);
    assert.equal(status, 2, `${args.join(' ')}: ${stdout}${stderr}`);
    assert.match(stderr, /^cytokine-widgets validate: .+\n\nUsage:\n {2}cytokine-widgets validate FILE\.\.\./);
    assert.equal(stdout, '');
  }
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--media-base/);
  const top = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  assert.match(top.stdout, /cytokine-widgets validate FILE\.\.\. \[--today YYYY-MM-DD\] \[--media-base DIR\] \[--narration FILE\] \[--json\]/);
});

test('content cannot drive the terminal: control characters in the model are shown escaped', () => {
  const model = structuredClone(fixtures.good.model);
  model.drugs[0].links[0].href = 'javascript:\u001b[2Jalert(1)\u202e';
  const file = join(DIR, 'hostile.json');
  writeFileSync(file, JSON.stringify(model));
  const { status, stdout } = cli(file, '--today', TODAY);
  assert.equal(status, 1);
  assert.doesNotMatch(stdout, /[\u001b\u202e]/);
  assert.match(stdout, /\\u001b\[2J/);
});

// ---- the checks, from the TypeScript sources -------------------------------------------------

let m;
before(async () => {
  // platform "neutral": a Node import in these browser-safe modules fails the bundle.
  const { outputFiles } = await build({
    stdin: {
      contents: ['findings', 'rules', 'media-rules', 'schema-findings'].map((f) => `export * from './src/model/${f}.ts';`).join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const file = join(DIR, 'checks.mjs');
  writeFileSync(file, outputFiles[0].text);
  m = await import(pathToFileURL(file).href);
});

const good = () => structuredClone(fixtures.good.model);

test('pointerToPath and jsonPath: indexes in brackets, identifiers after dots, other keys quoted', () => {
  assert.equal(m.pointerToPath(''), '$');
  assert.equal(m.pointerToPath('/drugs/0/name'), '$.drugs[0].name');
  assert.equal(m.pointerToPath('/drugs/0/sideEffects/2/sources/0'), '$.drugs[0].sideEffects[2].sources[0]');
  assert.equal(m.pointerToPath('/labels/non-urgent'), '$.labels["non-urgent"]');
  assert.equal(m.pointerToPath('/a~1b/c~0d/~01'), '$["a/b"]["c~d"]["~1"]');
  assert.equal(m.pointerToPath('/$schema'), '$.$schema');
  assert.equal(m.jsonPath(['frequencyScales', 1, 'bands', 'very-common']), '$.frequencyScales[1].bands["very-common"]');
  assert.equal(m.jsonPath(['a b', 'x"y']), '$["a b"]["x\\"y"]');
});

test('every rule is tagged with its id, and every finding it makes carries that id', () => {
  assert.deepEqual(m.RULES.map((r) => r.id), ['source-ids', 'links', 'dates', 'review-due', 'aliases', 'cues', 'video-media', 'clinical-review', 'frequency', 'locale', 'placeholders']);
  // Rules trust the schema's shape, so they run only on models it accepts.
  for (const [name, { model, expect }] of Object.entries(fixtures)) {
    if (expect.some((e) => e.rule === 'schema')) continue;
    for (const rule of m.RULES) for (const f of rule(model, { today: TODAY })) assert.equal(f.rule, rule.id, name);
  }
});

test('checkRules on each fixture the schema accepts gives what the CLI gives, minus the file checks', () => {
  const schemaBreaks = Object.entries(fixtures).filter(([, f]) => f.expect.some((e) => e.rule === 'schema')).map(([n]) => n);
  for (const [name, { model, expect }] of Object.entries(fixtures)) {
    if (schemaBreaks.includes(name)) continue;
    const want = expect.filter((e) => !CLI_ONLY_RULES.includes(e.rule));
    assert.deepEqual(summary(m.checkRules(model, { today: TODAY })), summary(want), name);
  }
});

test('source-ids: unknown ids anywhere (help, videos, codes), duplicates, and sources nothing cites', () => {
  const model = good();
  model.help.sources.push('nope');
  model.videos[0].sources = ['S1', 'gone'];
  const ids = m.sourceIds(model).map((f) => [f.severity, f.path]);
  assert.deepEqual(ids.filter(([s]) => s === 'error'), [
    ['error', `$.help.sources[${model.help.sources.length - 1}]`],
    ['error', '$.videos[0].sources[1]'],
  ]);
  // Sources only the video cited are now cited by nothing.
  assert.ok(ids.some(([s]) => s === 'warning'));
  assert.deepEqual(m.sourceIds(good()), [], 'the shipped content lists each source once and cites it');
});

test('links: hrefs, source urls, media, posters and captions must be http(s) or relative', () => {
  const model = good();
  model.sources[0].url = 'data:text/html,hi';
  model.videos[0].poster.src = 'java\nscript:alert(1)';
  model.videos[0].media[1].src = '//cdn.example/video.mp4';
  model.videos[0].captions[0].src = 'captions/ok.vtt';
  model.drugs[1].links[0].href = 'https:';
  assert.deepEqual(m.links(model).map((f) => f.path), [
    '$.sources[0].url',
    '$.drugs[1].links[0].href',
    '$.videos[0].poster.src',
  ]);
  assert.match(m.links(model)[2].message, /"java\\nscript:alert\(1\)"/, 'shown escaped');
});

test('dates: real calendar dates, next review after the last update, reviews not in the future', () => {
  assert.equal(m.isCalendarDate('2028-02-29'), true);
  for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1']) assert.equal(m.isCalendarDate(bad), false, bad);
  const model = good();
  Object.assign(model, { lastUpdated: '2026-03-01', nextReview: '2027-03-01', clinicalReview: { by: 'Dr Jane Smith', date: '2026-03-01' } });
  assert.deepEqual(m.dates(model, { today: '2026-03-01' }), [], 'a review on the day of the update, checked that day');
  model.clinicalReview.date = '2026-03-02';
  assert.deepEqual(m.dates(model, { today: '2026-03-01' }).map((f) => [f.severity, f.path]), [['error', '$.clinicalReview.date']]);
  assert.deepEqual(m.dates(model, { today: '2026-04-01' }), [], 'a review after the last edit is fine');
  model.clinicalReview.date = '2026-02-28';
  const [changed] = m.dates(model, { today: '2026-04-01' });
  assert.equal(changed.severity, 'warning');
  assert.match(changed.message, /the wording changed after the review/);
  model.clinicalReview.date = '2026-02-30';
  assert.deepEqual(m.dates(model).map((f) => f.path), ['$.clinicalReview.date']);
});

test('review-due: a warning the day after the next review date, not on it', () => {
  const model = Object.assign(good(), { lastUpdated: '2025-01-01', nextReview: '2026-01-01' });
  assert.deepEqual(m.reviewDue(model, { today: '2026-01-01' }), []);
  const [due] = m.reviewDue(model, { today: '2026-01-02' });
  assert.deepEqual([due.severity, due.rule, due.path], ['warning', 'review-due', '$.nextReview']);
  assert.deepEqual(m.reviewDue(Object.assign(good(), { nextReview: '2000-01-01' })).length, 1, 'today by default');
});

test('aliases: names collide after normalising, naming both drugs; duplicate ids of drugs, side effects, videos and chapters', () => {
  const model = good();
  model.drugs[1].otherNames.push('Inter-Feron ALPHA');
  const [clash] = m.aliases(model);
  assert.equal(clash.path, `$.drugs[1].otherNames[${model.drugs[1].otherNames.length - 1}]`);
  assert.match(clash.message, /Aldesleukin .* Interferon alfa .*\$\.drugs\[0\]\.otherNames\[0\]/);
  const dup = good();
  dup.drugs[0].otherNames.push(dup.drugs[0].name); // one drug naming itself twice is harmless
  dup.videos.push(structuredClone(dup.videos[0]));
  dup.videos[0].chapters[1].id = dup.videos[0].chapters[0].id;
  assert.deepEqual(m.aliases(dup).map((f) => f.path), ['$.videos[1].id', '$.videos[0].chapters[1].id']);
  const twins = good();
  twins.drugs.push({ ...twins.drugs[0], name: 'Another', otherNames: [], aliases: [] });
  assert.deepEqual(m.aliases(twins).map((f) => f.path), ['$.drugs[2].id'], 'a duplicate id is reported once');
});

test('cues: start before end, starts never go back, cues and chapters within the duration, chapters in order', () => {
  const model = good();
  const v = model.videos[0];
  v.transcript[0].end = v.transcript[0].start;
  v.chapters.push({ id: 'late', start: v.duration, title: 'Too late' });
  assert.deepEqual(m.cues(model).map((f) => f.path), ['$.videos[0].transcript[0]', `$.videos[0].chapters[${v.chapters.length - 1}].start`]);
  assert.match(m.cues(model)[1].message, /at or after the end of the video \(1:59\.2, its duration\)/);
  assert.equal(m.clock(119.2), '1:59.2');
  assert.equal(m.clock(3.4899), '0:03.49');
  assert.equal(m.clock(59.9999), '1:00');
});

test('video-media: a sign-language file sits beside the video itself, never instead of it', () => {
  const model = good();
  assert.deepEqual(m.videoMedia(model), []);
  const signed = { src: 'media/injection.bsl.mp4', type: 'video/mp4', role: 'sign-language', label: 'British Sign Language (BSL)' };
  model.videos[0].media.push(signed);
  assert.deepEqual(m.videoMedia(model), [], 'the video and its signed version');
  model.videos[0].media = [signed];
  const [f] = m.videoMedia(model);
  assert.deepEqual([f.severity, f.rule, f.path], ['error', 'video-media', '$.videos[0].media']);
  assert.match(f.message, /^The video "How to give an injection under the skin" lists no file of the video itself: every file in media has a role \("sign-language"\)/);
  assert.match(f.fix, /without a "role"/);
});

test('clinical-review: a placeholder is not a reviewer; a name is; no review is no finding', () => {
  for (const by of ['TBC', 'todo', ' ', 'Dr X', 'Dr. XXX', 'name', '[name]', '<reviewer>', 'Dr A Example, consultant oncologist', 'N/A', '???']) {
    assert.equal(m.isPlaceholderName(by), true, by);
  }
  for (const by of ['Dr Jane Smith', 'Prof. Ade Okafor, consultant oncologist', 'Siân Jones, clinical nurse specialist', 'Dr Xu']) {
    assert.equal(m.isPlaceholderName(by), false, by);
  }
  assert.deepEqual(m.clinicalReview(good()), []);
  const [f] = m.clinicalReview(Object.assign(good(), { clinicalReview: { by: 'TODO', date: TODAY } }));
  assert.deepEqual([f.severity, f.path], ['error', '$.clinicalReview.by']);
  assert.match(f.fix, /remove clinicalReview/);
});

test('frequency: range order, known scale, no number for "not-known", one id per scale', () => {
  const model = good();
  model.frequencyScales.push({ ...model.frequencyScales[0] });
  model.drugs[1].sideEffects[2].frequency.per100 = { min: 19, max: 19 };
  assert.deepEqual(m.frequency(model).map((f) => f.path), [`$.frequencyScales[${model.frequencyScales.length - 1}].id`]);
});

test('locale: a tag Intl accepts', () => {
  assert.deepEqual(m.locale(Object.assign(good(), { locale: 'cy' })), []);
  assert.deepEqual(m.locale(Object.assign(good(), { locale: 'en-GB-GB' })).map((f) => f.path), ['$.locale']);
});

test('parseVtt: header text, NOTE and STYLE blocks, cue ids, multi-line text, tags, entities, CRLF, hours', () => {
  const vtt = [
    'WEBVTT - made by hand', 'Kind: captions', '',
    'NOTE a comment', 'over two lines', '',
    'STYLE', '::cue { color: yellow }', '',
    'intro-1', '00:00:00.200 --> 00:00:03.489 align:start', '<v Narrator>Wash your hands</v>', 'with  soap &amp; water.', '',
    '00:04.400 --> 00:08.075', 'Second &lt;cue&gt;.', '',
    '1:00:00.000 --> 1:00:01.500', 'An hour in.', '',
  ].join('\r\n');
  const { cues, problems } = m.parseVtt(vtt);
  assert.deepEqual(problems, []);
  assert.deepEqual(cues, [
    { start: 0.2, end: 3.489, text: 'Wash your hands with soap & water.' },
    { start: 4.4, end: 8.075, text: 'Second <cue>.' },
    { start: 3600, end: 3601.5, text: 'An hour in.' },
  ]);
  assert.match(m.parseVtt('WEBVTT\n\n1\n00:01 --> 00:02\nHi\n').problems[0], /^line 4: "00:01 --> 00:02" is not a cue timing/);
  assert.match(m.parseVtt('1\n00:00:01.000 --> 00:00:02.000\nHi').problems[0], /starts with the word WEBVTT/);
  const shipped = m.parseVtt(readFileSync(join(ROOT, 'src/media/subcutaneous-injection.en.vtt'), 'utf8'));
  assert.equal(shipped.cues.length, fixtures.good.model.videos[0].transcript.length);
});

const vttOf = (cues) => `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c.text}\n`).join('\n')}`;
const stamp = (s) => new Date(Math.round(s * 1000)).toISOString().slice(11, 23);

test('checkCaptions: one caption per line, same words, times within 0.05 s; the first few mismatches then a count', () => {
  const video = good().videos[0];
  const cues = video.transcript.map((c) => ({ ...c }));
  assert.deepEqual(m.checkCaptions(video, vttOf(cues), '$.videos[0]'), []);
  cues[0].start += 0.04;
  assert.deepEqual(m.checkCaptions(video, vttOf(cues), '$.videos[0]'), [], 'within the tolerance');
  cues[0].start += 0.03;
  cues[2].text = 'Something   else.';
  const found = m.checkCaptions(video, vttOf(cues), '$.videos[0]');
  assert.deepEqual(found.map((f) => f.path), ['$.videos[0].transcript[0]', '$.videos[0].transcript[2].text']);
  assert.match(found[1].message, /^Caption 3 says "Something else\.", but transcript line 3 says "It is not a real clinic video\."\.$/);
  const many = cues.map((c) => ({ ...c, text: `${c.text} (changed)` })).slice(0, -1);
  const report = m.checkCaptions(video, vttOf(many), '$.videos[0]', 0);
  assert.equal(report[0].path, '$.videos[0].captions[0].src');
  assert.match(report[0].message, /30 captions, but the transcript has 31 lines/);
  assert.equal(report.length, 1 + 3 + 1);
  assert.match(report.at(-1).message, /^27 more lines differ in the same way\.$/);
  assert.match(m.checkCaptions(video, 'not a caption file', '$.videos[0]')[0].message, /cannot be read: line 1/);
});

test('checkDescriptions: WebVTT whose every description starts and ends within the video; the first few then a count', () => {
  const video = good().videos[0];
  const shipped = readFileSync(join(ROOT, 'src/media/subcutaneous-injection.en.descriptions.vtt'), 'utf8');
  assert.deepEqual(m.checkDescriptions(video, shipped, '$.videos[0]'), []);
  const at = (start, end) => ({ start, end, text: 'A heading.' });
  assert.deepEqual(m.checkDescriptions(video, vttOf([at(0, 0.2), at(video.duration - 0.2, video.duration)]), '$.videos[0]'), [], 'up to the very end');
  const [late] = m.checkDescriptions(video, vttOf([at(0, 0.2), at(video.duration - 0.1, video.duration + 1)]), '$.videos[0]');
  assert.deepEqual([late.severity, late.rule, late.path], ['error', 'descriptions', '$.videos[0].descriptions[0].src']);
  assert.match(late.message, /^Description 2 in "media\/subcutaneous-injection\.en\.descriptions\.vtt" \("A heading\."\) runs from 1:59\.1 to 2:00\.2, after the end of the video \(1:59\.2, its duration\)\.$/);
  const many = m.checkDescriptions(video, vttOf([200, 201, 202, 203, 204].map((s) => at(s, s + 0.2))), '$.videos[0]');
  assert.equal(many.length, 3 + 1);
  assert.match(many.at(-1).message, /^2 more descriptions in .* run past the end of the video in the same way\.$/);
  const [unread] = m.checkDescriptions(video, '1\n00:00:00,000 --> 00:00:00,200\nHi\n', '$.videos[0]');
  assert.match(unread.message, /^The audio description file ".*" cannot be read: line 1: a WebVTT file starts with the word WEBVTT\.$/);
});

test('checkNarration: the transcript says the narration\'s lines in order; chapters have its titles and start at their first line', () => {
  const narration = JSON.parse(readFileSync(join(ROOT, NARRATION), 'utf8'));
  assert.equal(m.isNarration(narration), true);
  assert.equal(m.isNarration([{ id: 'a', title: 'A', lines: [1] }]), false);
  const video = good().videos[0];
  assert.deepEqual(m.checkNarration(video, narration, '$.videos[0]'), []);
  video.transcript[4].text = 'First, wash your hands.';
  video.chapters[2].start = video.transcript[8].start + 1;
  const found = m.checkNarration(video, narration, '$.videos[0]');
  assert.deepEqual(found.map((f) => [f.rule, f.path]), [
    ['narration', '$.videos[0].transcript[4].text'],
    ['narration', '$.videos[0].chapters[2].start'],
  ]);
  assert.match(found[0].message, /^Transcript line 5 says "First, wash your hands\.", but the narration says "First, wash your hands with soap and water, and dry them well\."\.$/);
  const shorter = narration.map((c, i) => (i === 0 ? { ...c, lines: c.lines.slice(1) } : c));
  assert.match(m.checkNarration(good().videos[0], shorter, '$.videos[0]')[0].message, /31 lines, but the narration has 30/);
});

test('schemaFindings: the path of the field at fault, plain words, one finding per problem', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'per100', 'date', 'band', 'sources'],
    properties: {
      name: { type: 'string', minLength: 1 },
      serious: { type: 'boolean' },
      per100: {
        anyOf: [
          { type: 'object', additionalProperties: false, required: ['min', 'max'], properties: { min: { type: 'number', minimum: 0, maximum: 100 }, max: { type: 'number' } } },
          { type: 'null' },
        ],
      },
      date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', errorMessage: 'Write the date as YYYY-MM-DD, for example 2026-12-01.' },
      band: { enum: ['common', 'rare'] },
      sources: { type: 'array', minItems: 1, items: { type: 'string' } },
      'non-urgent': { type: 'string', maxLength: 5 },
    },
  };
  const findingsFor = (data, verbose = true) => {
    const validate = new Ajv2020({ allErrors: true, strict: false, verbose }).compile(schema);
    validate(data);
    return m.schemaFindings(validate.errors, verbose ? {} : { schema, data });
  };
  const data = { nmae: 'x', seriuos: true, per100: { min: 101, max: 2 }, date: '1/12/2026', band: 'often', sources: [], 'non-urgent': 'far too long' };
  for (const verbose of [true, false]) {
    const found = findingsFor(data, verbose);
    assert.deepEqual(found.map((f) => f.path).sort(), ['$.name', '$.nmae', '$.seriuos', '$.per100.min', '$.date', '$.band', '$.sources', '$["non-urgent"]'].sort(), `verbose: ${verbose}`);
    const by = Object.fromEntries(found.map((f) => [f.path, f]));
    assert.ok(found.every((f) => f.rule === 'schema' && f.severity === 'error'));
    assert.equal(by['$.name'].fix, 'Add "name": text (in double quotes).');
    assert.equal(by['$.nmae'].fix, 'Remove it or check its spelling (the model has no field "nmae"; did you mean "name"?).');
    assert.equal(by['$.seriuos'].fix, 'Remove it or check its spelling (the model has no field "seriuos"; did you mean "serious"?).');
    assert.match(by['$.per100.min'].message, /101 is out of range: it must be at most 100/);
    assert.equal(by['$.date'].fix, 'Write the date as YYYY-MM-DD, for example 2026-12-01.');
    assert.equal(by['$.band'].fix, 'Use one of: "common", "rare".');
    assert.match(by['$.sources'].fix, /Add the id of at least one source/);
    assert.match(by['$["non-urgent"]'].fix, /Shorten it to 5 characters or fewer/);
  }
  const [wrongType] = findingsFor({ name: 'x', per100: '10', date: '2026-01-01', band: 'rare', sources: ['S1'] });
  assert.equal(wrongType.path, '$.per100');
  assert.equal(wrongType.fix, 'Change it to a group of fields like { "min": …, "max": … } or null (without quotes).');
  assert.match(wrongType.message, /^This is text \("10"\), but it must be/);
  const [missingMax] = findingsFor({ name: 'x', per100: { min: 1 }, date: '2026-01-01', band: 'rare', sources: ['S1'] });
  assert.deepEqual([missingMax.path, missingMax.fix], ['$.per100.max', 'Add "max": a number (without quotes).']);
  const withDefs = { type: 'object', required: ['summary'], properties: { summary: { $ref: '#/$defs/Statement' } }, $defs: { Statement: { type: 'object', required: ['text', 'sources'] } } };
  const validate = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(withDefs);
  validate({});
  assert.equal(m.schemaFindings(validate.errors, { schema: withDefs })[0].fix, 'Add "summary": a group of fields like { "text": …, "sources": … }.');
  assert.deepEqual(m.schemaFindings(null), []);
  const twice = { instancePath: '/name', schemaPath: '#/properties/name/minLength', keyword: 'minLength', params: { limit: 1 }, message: 'must NOT have fewer than 1 characters' };
  assert.equal(m.schemaFindings([twice, { ...twice }]).length, 1, 'the same problem twice is one finding');
  assert.equal(m.schemaFindings([twice])[0].fix, 'Write some text here, or remove the field if it is optional.');
});
