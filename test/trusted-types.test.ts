/**
 * demo/trusted-types.html in every engine: the strict CSP plus `require-trusted-types-for
 * 'script'` (web-test-runner.config.mjs sends it, as scripts/serve.mjs does). The widgets render,
 * open and start the video with no violation, and the policy is really enforced. Built files:
 * run `npm run build` first. (test/e2e/demo.test.mjs checks the same page in Chromium through
 * the demo server, with playback and requests.)
 */
import { expect } from '@open-wc/testing';

type Frame = Window & typeof globalThis & { __violations: string[] };

async function openDemo(): Promise<{ frame: Frame; doc: Document; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  iframe.width = '1024';
  iframe.height = '800';
  document.body.append(iframe);
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = '/demo/trusted-types.html';
  // The listener must be in place before the widgets run: the frame's document exists, empty,
  // as soon as navigation commits; keep trying until it is the demo's.
  const frame = await new Promise<Frame>((resolve) => {
    const attach = () => {
      const w = iframe.contentWindow as Frame | null;
      if (w && w.location.pathname === '/demo/trusted-types.html' && w.document.readyState !== 'uninitialized') {
        w.__violations = [];
        w.document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.sample}`));
        resolve(w);
      } else setTimeout(attach, 0);
    };
    attach();
  });
  await loaded;
  return { frame, doc: frame.document, iframe };
}

const settled = async (doc: Document) => {
  const widgets = [...doc.querySelectorAll('cytokine-card, side-effect-list, injection-video')];
  await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return widgets as HTMLElement[];
};

describe('demo/trusted-types.html (strict CSP + Trusted Types)', function () {
  this.timeout(20000);

  it('the page is sent with require-trusted-types-for', async () => {
    const res = await fetch('/demo/trusted-types.html');
    expect(res.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'").and.contain("script-src 'self'");
  });

  it('renders every widget, opens every disclosure and starts the video with no violation', async () => {
    const { frame, doc, iframe } = await openDemo();
    try {
      await frame.customElements.whenDefined('injection-video');
      const widgets = await settled(doc);
      expect(widgets.map((w) => w.localName)).to.deep.equal(['cytokine-card', 'cytokine-card', 'side-effect-list', 'injection-video']);
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[part~="base"]'), `<${w.localName}> shows its content: ${w.shadowRoot?.innerHTML.slice(0, 300)}`).to.exist;
      // The search-engine data went through our policy.
      const jsonLd = doc.querySelector('cytokine-card > script[type="application/ld+json"]')!;
      expect(JSON.parse(jsonLd.textContent!)['@type']).to.equal('MedicalWebPage');
      for (const w of widgets) w.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      const video = widgets[3];
      (video.shadowRoot!.querySelector('[part="play-button"]') as HTMLButtonElement).click();
      await (video as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(video.shadowRoot!.querySelector('video')).to.exist;
      await new Promise((r) => setTimeout(r, 300)); // violation events are dispatched asynchronously
      expect(frame.__violations).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });

  it('is really enforced: a plain string cannot become HTML there (where the engine has Trusted Types)', async function () {
    const { frame, iframe } = await openDemo();
    try {
      if (!('trustedTypes' in frame)) this.skip();
      let thrown: unknown;
      try {
        frame.document.createElement('div').innerHTML = '<b>x</b>';
      } catch (e) {
        thrown = e;
      }
      // A TypeError from the frame's realm, so compare by name rather than instanceof.
      expect((thrown as Error | undefined)?.name).to.equal('TypeError');
    } finally {
      iframe.remove();
    }
  });
});
