// Server rendering in Node, with no browser: the `cytokine-widgets/server` API and the
// `cytokine-widgets prerender` command, read as a web team's build would use them.
// Needs `npm run build`. (The browser side, hydration, is tested in test/pages/prerender.spec.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prerenderPage, renderWidget } from 'cytokine-widgets/server';

const page = (body, head = '<script type="module" src="/assets/cw/cytokine-widgets.js"></script>') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}</head><body>\n${body}\n</body></html>`;
const TEMPLATE = /<template shadowroot(?:mode)?="open"[^>]*>/;
/** The shadow root a widget got, without its styles, to read. */
const shadowOf = (html, tag) => html.match(new RegExp(`<${tag}[^>]*>${TEMPLATE.source}([\\s\\S]*?)</template>`))?.[1].replace(/<style>[\s\S]*?<\/style>/g, '');
const text = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('a card becomes Declarative Shadow DOM with its content; the page around it is kept byte for byte', async () => {
  const before = '<p>Before — “quotes” &amp; entities</p>';
  const input = page(`${before}<cytokine-card drug="IL-2"><a href="/il2">Read about IL-2</a></cytokine-card><p>After</p>`);
  const { html, rendered, skipped } = await prerenderPage(input);
  assert.equal(rendered, 1);
  assert.deepEqual(skipped, []);
  const shadow = shadowOf(html, 'cytokine-card');
  assert.ok(shadow, 'a declarative shadow root');
  assert.match(text(shadow), /Aldesleukin/);
  assert.match(text(shadow), /Where this information comes from/);
  assert.match(html, /<style>:host\{/, 'the styles come with it');
  // Only an insertion: remove it and the page is what it was.
  assert.equal(html.replace(new RegExp(`${TEMPLATE.source}[\\s\\S]*?</template>`), ''), input);
  assert.ok(html.indexOf('</template><a href="/il2">Read about IL-2</a></cytokine-card>') > 0, 'the fallback stays, after the shadow root');
});

test('every widget and error state renders; a second run changes nothing', async () => {
  const input = page([
    '<cytokine-card drug="interferon"></cytokine-card>',
    '<side-effect-list drug="aldesleukin" advice-phone="0161 496 0000"></side-effect-list>',
    '<injection-video transcript-open></injection-video>',
    '<cytokine-card drug="paracetamol"><p>Fallback</p></cytokine-card>',
  ].join('\n'));
  const first = await prerenderPage(input);
  assert.equal(first.rendered, 4);
  assert.match(text(shadowOf(first.html, 'side-effect-list')), /Side effects of aldesleukin/i);
  assert.match(shadowOf(first.html, 'side-effect-list'), /href="tel:01614960000"/);
  const error = shadowOf(first.html.slice(first.html.lastIndexOf('<cytokine-card')), 'cytokine-card');
  // The message is seen at once; the live region is there, empty, for the browser to fill in later.
  assert.match(error, /<div part="error" class="error" lang="en-GB" dir="ltr">/, 'the visible message, with no live role');
  assert.match(text(error), /no information about “paracetamol”/);
  for (const shadow of [error, shadowOf(first.html, 'cytokine-card'), shadowOf(first.html, 'injection-video')]) {
    assert.match(shadow, /<div class="visually-hidden" role="status"[^>]*>(<!--[^>]*-->)*<\/div>/, 'an empty live region');
  }
  assert.match(error, /<slot><\/slot>/, 'the error view shows the fallback');
  const again = await prerenderPage(first.html);
  assert.equal(again.rendered, 0);
  assert.equal(again.html, first.html);
  assert.equal(again.skipped.length, 4);
});

test('the video finds its poster where the page loads the widgets from, and brings its transcript', async () => {
  const { html } = await prerenderPage(page('<injection-video></injection-video>'));
  assert.match(html, /<img part="poster" class="poster" src="\/assets\/cw\/media\/subcutaneous-injection-poster\.jpg"/);
  const transcript = html.match(/<div data-cytokine-transcript slot="transcript" lang="en-GB">([\s\S]*?)<\/div><\/injection-video>/)?.[1];
  assert.ok(transcript, 'the transcript is in the light DOM');
  // Text to read: every line a paragraph, under its chapter's title (a heading one level below
  // the video's h2), with one "Play from" button per chapter and no other button.
  assert.equal((transcript.match(/<p class="cue"/g) ?? []).length, 31);
  const { chapters } = JSON.parse(readFileSync('dist/content/en-GB.json', 'utf8')).videos[0];
  const clock = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  assert.deepEqual([...transcript.matchAll(/<button\b[^>]*>/g)].map((m) => m[0].match(/aria-label="([^"]*)"/)?.[1]), chapters.map((c) => `Play from ${clock(c.start)}: ${c.title}`));
  assert.deepEqual([...transcript.matchAll(/<h3\b[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => text(m[1]).trim()), chapters.map((c) => c.title));
  const deeper = await prerenderPage(page('<injection-video heading-level="4"></injection-video>'));
  assert.equal((deeper.html.match(/<h5\b[^>]*class="transcript-heading"/g) ?? []).length, chapters.length, 'heading-level="4": the chapters are h5');
  const other = await prerenderPage(page('<injection-video></injection-video>'), { distUrl: 'https://cdn.example/cw/' });
  assert.match(other.html, /src="https:\/\/cdn\.example\/cw\/media\/subcutaneous-injection-poster\.jpg"/);
  const nowhere = await prerenderPage(page('<injection-video></injection-video>', ''));
  assert.equal(nowhere.rendered, 0, 'without a script tag or distUrl the video cannot know where its poster is');
  assert.match(nowhere.skipped[0].reason, /distUrl/);
});

test('a bad tag renders its message and fallback, and never fails the page', async () => {
  const { html, rendered } = await prerenderPage(page('<injection-video video="nope"><p>Fallback</p></injection-video><cytokine-card drug="ifn"></cytokine-card>'));
  assert.equal(rendered, 2);
  assert.match(text(shadowOf(html, 'injection-video')), /this video is not available/);
  assert.doesNotMatch(html, /data-cytokine-transcript/);
  await assert.rejects(renderWidget('injection-video', {}), /needs options\.distUrl/);
});

test('each render uses its own dist URL, even when renders overlap', async () => {
  const [a, b] = await Promise.all([
    renderWidget('injection-video', {}, { distUrl: '/a/' }),
    renderWidget('injection-video', {}, { distUrl: 'https://cdn.example/b/' }),
  ]);
  assert.match(a, /src="\/a\/media\/subcutaneous-injection-poster\.jpg"/);
  assert.match(b, /src="https:\/\/cdn\.example\/b\/media\/subcutaneous-injection-poster\.jpg"/);
});

test('widgets with src are left for the browser, which fetches and checks that content', async () => {
  const input = page('<cytokine-card drug="ifn" src="/our-content.json"><p>Fallback</p></cytokine-card>');
  const { html, rendered, skipped } = await prerenderPage(input);
  assert.equal(rendered, 0);
  assert.equal(html, input);
  assert.match(skipped[0].reason, /src/);
});

test('attribute values from the page stay text: nothing becomes markup', async () => {
  const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  const html = await renderWidget('cytokine-card', { drug: hostile, 'on click': 'x', 'heading-level': '3' });
  assert.equal(/<img src=x|<script>alert/.test(html), false);
  // Escaped on the way out: the browser shows it as the characters typed.
  assert.match(text(html), /no information about “&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;&lt;script&gt;/);
  // @ts-expect-error a page may name any tag; the API must refuse what is not a widget
  await assert.rejects(renderWidget('script', {}), /not a widget/);
});

test('language: a widget takes its lang, else the page’s, and falls back to en-GB', async () => {
  const { html } = await prerenderPage(page('<cytokine-card drug="ifn"></cytokine-card>').replace('lang="en-GB"', 'lang="cy"'));
  const shadow = shadowOf(html, 'cytokine-card');
  assert.match(shadow, /<div part="base" class="base" lang="en-GB" dir="ltr">/);
  // The note the browser would add, already there: what the server sends hydrates as it is.
  assert.match(text(shadow), /This information is not available in Welsh, so it is shown in English\./);
  // The nearest lang counts, not only the page's: a Welsh section in an English page.
  const section = await prerenderPage(page('<section lang="cy"><cytokine-card drug="ifn"></cytokine-card></section><cytokine-card drug="il2"></cytokine-card>'));
  assert.match(text(shadowOf(section.html, 'cytokine-card')), /not available in Welsh/);
  assert.doesNotMatch(section.html.slice(section.html.lastIndexOf('<cytokine-card')), /part="language-note"/);
  const pseudo = await prerenderPage(page('<cytokine-card drug="ifn" lang="ar-XB"></cytokine-card>'));
  assert.match(shadowOf(pseudo.html, 'cytokine-card'), /lang="ar-XB" dir="rtl"/);
});

test('the command runs in Node alone, and says how to use it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-'));
  writeFileSync(join(dir, 'in.html'), page('<cytokine-card drug="aldesleukin"></cytokine-card>'));
  const env = { PATH: '/nonexistent', HOME: process.env.HOME };
  const out = execFileSync(process.execPath, ['bin/cytokine-widgets.mjs', 'prerender', join(dir, 'in.html'), join(dir, 'out', 'page.html')], { encoding: 'utf8', env });
  assert.match(out, /prerendered 1 widget: /);
  assert.match(readFileSync(join(dir, 'out', 'page.html'), 'utf8'), /shadowrootmode="open"/);
  const usage = spawnSync(process.execPath, ['bin/cytokine-widgets.mjs', 'prerender', 'only-one.html'], { encoding: 'utf8', env });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Usage:\s+cytokine-widgets prerender IN\.html OUT\.html/);
  const missing = spawnSync(process.execPath, ['bin/cytokine-widgets.mjs', 'prerender', join(dir, 'nope.html'), join(dir, 'x.html')], { encoding: 'utf8', env });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /ENOENT|no such file/);
});
