// Prerenders the widgets in an HTML page into static HTML (Declarative Shadow DOM), so search
// engines and readers without JavaScript get the content, and the script hydrates it in place
// when it loads, with no layout shift.
//
//   node scripts/prerender.mjs demo/index.html demo/prerendered.html
//
// The page is opened in Chromium through the demo server; each widget's shadow root is
// serialised with a <link> to a stylesheet made from the element's own adopted styles
// (written to dist/prerender/<tag>.css; a strict CSP's style-src 'self' allows it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'];
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export async function prerender(input, output) {
  const server = await startServer({ port: 0, quiet: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const pagePath = '/' + relative(ROOT, resolve(input)).split('\\').join('/');
    await page.goto(new URL(pagePath, server.url).href, { waitUntil: 'networkidle' });
    await page.waitForFunction((tags) => [...document.querySelectorAll(tags.join(','))]
      .every((el) => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]')), TAGS);
    const cssDir = resolve(ROOT, 'dist/prerender');
    mkdirSync(cssDir, { recursive: true });
    const result = await page.evaluate(async (tags) => {
      const styles = {};
      const roots = [];
      for (const tag of tags) {
        const ctor = customElements.get(tag);
        if (ctor) styles[tag] = ctor.styles.map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      }
      const bundle = [...document.querySelectorAll('script[src]')].map((s) => s.src).find((s) => /cytokine-widgets\.js|autoloader\.js/.test(s));
      const base = new URL('./', bundle);
      for (const el of document.querySelectorAll(tags.join(','))) {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = new URL(`prerender/${el.localName}.css`, base).href;
        el.shadowRoot.prepend(link);
        roots.push(el.shadowRoot);
      }
      const html = document.documentElement.getHTML({ shadowRoots: roots });
      return { styles, html: `<!doctype html>\n${html}\n`, count: roots.length };
    }, TAGS);
    for (const [tag, css] of Object.entries(result.styles)) writeFileSync(resolve(cssDir, `${tag}.css`), css + '\n');
    // Links and the bundle were absolute (this server's origin); make them relative again.
    const html = result.html.replaceAll(server.url.replace(/\/$/, ''), '').replace(
      /(href|src)="\/(dist|demo)\//g,
      (_, attr, dir) => `${attr}="${relative(dirname(resolve(output)), resolve(ROOT, dir)).split('\\').join('/') || '.'}/`,
    );
    mkdirSync(dirname(resolve(output)), { recursive: true });
    writeFileSync(output, html);
    return { widgets: result.count, output };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [input = 'demo/index.html', output = 'demo/prerendered.html'] = process.argv.slice(2);
  const { widgets } = await prerender(input, output);
  console.log(`prerendered ${widgets} widgets: ${output} (styles in dist/prerender/)`);
}
