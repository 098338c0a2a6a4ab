/**
 * demo/trusted-types.html in every engine: the strict CSP plus `require-trusted-types-for
 * 'script'` (web-test-runner.config.mjs sends it, as scripts/serve.mjs does). The widgets render,
 * open and start the video with no violation, and the policy is really enforced. Built files:
 * run `npm run build` first. (test/pages/demo.spec.ts checks the same page in Chromium through
 * the demo server, with playback and requests.)
 */
import { expect } from '@open-wc/testing';

interface Violation {
  directive: string;
  sample: string;
}
/** The demo page's own record of violations (demo/policy-status.js, which runs first). */
type Frame = Window & typeof globalThis & { cytokineDemoViolations: Violation[] };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens the demo page in a frame, with `?names=` to change the allowed policy names. */
async function openDemo(names?: string): Promise<{ frame: Frame; doc: Document; widgets: Widget[]; errors: unknown[] }> {
  const iframe = document.createElement('iframe');
  iframe.width = '1024';
  iframe.height = '800';
  frames.push(iframe);
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = `/demo/trusted-types.html${names === undefined ? '' : `?names=${encodeURIComponent(names)}`}`;
  document.body.append(iframe);
  await loaded;
  const frame = iframe.contentWindow as Frame;
  const errors: unknown[] = [];
  frame.addEventListener('error', (e) => errors.push(e.error ?? e.message));
  await frame.customElements.whenDefined('injection-video');
  const widgets = [...frame.document.querySelectorAll<Widget>('cytokine-card, side-effect-list, injection-video')];
  await Promise.all(widgets.map((w) => w.updateComplete));
  return { frame, doc: frame.document, widgets, errors };
}

const until = async <T>(read: () => T | null | undefined, what: string, timeout = 5000): Promise<T> => {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const jsonLdOf = (doc: Document) => doc.querySelector('cytokine-card > script[type="application/ld+json"]');
const showsContent = (w: Widget) => w.shadowRoot!.querySelector('[part~="base"]') !== null;

describe('demo/trusted-types.html (strict CSP + Trusted Types)', function () {
  this.timeout(20000);

  it('renders every widget, opens every disclosure and starts the video with no violation', async () => {
    const { frame, doc, widgets, errors } = await openDemo();
    expect(widgets.map((w) => w.localName)).to.deep.equal(['cytokine-card', 'cytokine-card', 'side-effect-list', 'injection-video']);
    for (const w of widgets) expect(showsContent(w), `<${w.localName}> shows its content`).to.equal(true);
    // The search-engine data went through our policy.
    const jsonLd = await until(() => jsonLdOf(doc), 'the JSON-LD');
    expect(JSON.parse(jsonLd.textContent!)['@type']).to.equal('MedicalWebPage');
    for (const w of widgets) w.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    const video = widgets[3];
    (video.shadowRoot!.querySelector('[part="play-button"]') as HTMLButtonElement).click();
    await video.updateComplete;
    expect(video.shadowRoot!.querySelector('video')).to.exist;
    await new Promise((r) => setTimeout(r, 300)); // violation events are dispatched asynchronously
    expect(frame.cytokineDemoViolations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(doc.getElementById('policy-status')!.textContent).to.contain('blocked nothing');
  });

  it('is really enforced: a plain string cannot become HTML there', async () => {
    const { frame, doc } = await openDemo();
    let thrown: unknown;
    try {
      doc.createElement('div').innerHTML = '<b>x</b>';
    } catch (e) {
      thrown = e;
    }
    // A TypeError from the frame's realm, so compare by name rather than instanceof.
    expect((thrown as Error | undefined)?.name).to.equal('TypeError');
    await until(() => frame.cytokineDemoViolations.length > 0, 'the violation report');
    expect(frame.cytokineDemoViolations.map((v) => v.directive)).to.include('require-trusted-types-for');
  });

  it("a page whose trusted-types list leaves our name out still shows every widget, without the JSON-LD", async () => {
    const { frame, doc, widgets } = await openDemo('lit-html');
    for (const w of widgets) expect(showsContent(w), `<${w.localName}> shows its content`).to.equal(true);
    await until(() => frame.cytokineDemoViolations.length > 0, 'the refused policy name');
    await new Promise((r) => setTimeout(r, 300));
    expect(jsonLdOf(doc)).to.equal(null);
    // The only thing refused is our policy's name: nothing was written around the policy.
    expect([...new Set(frame.cytokineDemoViolations.map((v) => v.directive))]).to.deep.equal(['trusted-types']);
  });

  /**
   * Loads a second copy of the bundle in the frame, through a script URL policy of the test's own
   * (`cytokine-test`, which the page must allow). Says whether the file loaded, and what the
   * frame warned meanwhile.
   */
  async function loadSecondCopy(frame: Frame): Promise<{ loaded: boolean; warnings: string[] }> {
    const tt = (frame as unknown as { trustedTypes: { createPolicy(n: string, r: object): { createScriptURL(u: string): string } } }).trustedTypes;
    const policy = tt.createPolicy('cytokine-test', { createScriptURL: (u: string) => u });
    const script = frame.document.createElement('script');
    script.type = 'module';
    const done = new Promise<boolean>((r) => {
      script.addEventListener('load', () => r(true), { once: true });
      script.addEventListener('error', () => r(false), { once: true });
    });
    (script as unknown as { src: unknown }).src = policy.createScriptURL('/dist/cytokine-widgets.js?copy=tt');
    const warnings: string[] = [];
    const warn = frame.console.warn;
    frame.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      frame.document.head.append(script);
      const loaded = await done;
      await new Promise((r) => setTimeout(r, 100));
      return { loaded, warnings };
    } finally {
      frame.console.warn = warn;
    }
  }

  it("a second copy loads there without an error, with 'allow-duplicates' (as SECURITY.md asks)", async () => {
    const { frame, widgets, errors } = await openDemo("lit-html cytokine-widgets cytokine-test 'allow-duplicates'");
    const before = frame.customElements.get('cytokine-card');
    const second = await loadSecondCopy(frame);
    // It did load and run: it found the tags taken, and said so once.
    expect(second.loaded, 'the second copy loaded').to.equal(true);
    expect(second.warnings.filter((w) => w.includes('twice'))).to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(frame.cytokineDemoViolations).to.deep.equal([]);
    expect(frame.customElements.get('cytokine-card')).to.equal(before);
    for (const w of widgets) expect(showsContent(w)).to.equal(true);
  });

  it("without 'allow-duplicates', a second copy's Lit cannot make its policy (why SECURITY.md asks for it)", async () => {
    const { frame, widgets } = await openDemo('lit-html cytokine-widgets cytokine-test');
    await loadSecondCopy(frame);
    // The second copy's Lit asks for a second `lit-html` policy as it loads, and is refused.
    await until(() => frame.cytokineDemoViolations.find((v) => v.directive === 'trusted-types'), 'the refusal');
    expect(frame.cytokineDemoViolations.map((v) => v.sample)).to.include('lit-html');
    // The first copy's widgets are untouched.
    for (const w of widgets) expect(showsContent(w)).to.equal(true);
  });
});
