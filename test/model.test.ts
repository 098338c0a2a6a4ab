import { expect } from '@open-wc/testing';
import { loadBundledContent, loadBundledModel, peekBundledContent } from '../src/content/index.js';
import { CytokineError } from '../src/model/errors.js';
import { normaliseName, resolveDrug } from '../src/model/lookup.js';
import { checkModel } from '../src/model/check.js';
import { isSafeHref } from '../src/model/links.js';
import { fill } from '../src/model/fill.js';
import { jsonPolicy } from '../src/shared/structured-data.js';
import { pickLocale } from '../src/model/locale.js';
import { citedSourceIds } from '../src/model/sources.js';
import { VERSION } from '../src/shared/version.js';
import pkg from '../package.json';
import type { ContentModel } from '../src/model/types.js';

const enGB = await loadBundledModel('en-GB');
const clone = (): ContentModel => structuredClone(enGB) as ContentModel;

describe('content model', () => {
  it('carries version, locale and review dates, next review after last', () => {
    expect(enGB.version).to.match(/^\d+\.\d+\.\d+$/);
    expect(enGB.locale).to.equal('en-GB');
    expect(Date.parse(enGB.nextReview)).to.be.greaterThan(Date.parse(enGB.lastUpdated));
    // The bundled example content has had no clinical review, and must not claim one.
    expect(enGB.clinicalReview).to.equal(undefined);
  });

  it('every source is cited somewhere, and every cited id exists', () => {
    const cited = citedSourceIds({ drugs: enGB.drugs, videos: enGB.videos, help: enGB.help, scales: enGB.frequencyScales });
    const listed = new Set(enGB.sources.map((s) => s.id));
    for (const id of cited) expect(listed.has(id), id).to.equal(true);
    for (const id of listed) expect(cited.has(id), `${id} is listed but never cited`).to.equal(true);
  });

  it('has the two drugs with ATC and SNOMED CT codes', () => {
    expect(enGB.drugs.map((d) => d.id)).to.deep.equal(['interferon-alfa', 'aldesleukin']);
    for (const drug of enGB.drugs) {
      expect(drug.codes.some((c) => c.system === 'ATC'), drug.id).to.equal(true);
      expect(drug.codes.some((c) => c.system === 'SNOMED CT'), drug.id).to.equal(true);
    }
    expect(resolveDrug(enGB, 'aldesleukin')!.codes.find((c) => c.system === 'ATC')!.code).to.equal('L03AC01');
  });

  it('the library version matches package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('resolveDrug', () => {
  const cases: Array<[string, string | undefined]> = [
    ['interferon-alfa', 'interferon-alfa'], ['Interferon', 'interferon-alfa'], ['interferon alpha', 'interferon-alfa'],
    ['INTERFERON ALFA', 'interferon-alfa'], ['IFN', 'interferon-alfa'], ['ifn-alpha', 'interferon-alfa'],
    ['aldesleukin', 'aldesleukin'], ['IL2', 'aldesleukin'], ['IL-2', 'aldesleukin'], ['il 2', 'aldesleukin'],
    ['Interleukin 2', 'aldesleukin'], ['interleukin-2', 'aldesleukin'], ['Proleukin', 'aldesleukin'],
    ['paracetamol', undefined], ['', undefined], ['interleukin', undefined],
  ];
  for (const [query, id] of cases) {
    it(`"${query}" → ${id ?? 'nothing'}`, () => expect(resolveDrug(enGB, query)?.id).to.equal(id));
    // The catalogue that picks a drug's module answers as the whole model does.
    it(`"${query}" loads ${id ?? 'no'} module`, async () => {
      const loaded = await loadBundledContent('en-GB', { kind: 'drug', query }).catch((e: unknown) => e);
      if (id) expect((loaded as ContentModel).drugs.map((d) => d.id)).to.deep.equal([id]);
      else expect((loaded as CytokineError).code).to.be.oneOf(['unknown-drug', 'missing-drug']);
    });
  }
  it('takes its names from the content, not from code', () => {
    const model = clone();
    model.drugs[0].aliases.push('Wonder drug');
    expect(resolveDrug(model, 'wonder-drug')?.id).to.equal('interferon-alfa');
  });
  it('normalises case, spaces, hyphens and dashes', () => {
    expect(normaliseName(' IL – 2 ')).to.equal('il2');
  });
});

describe('content modules (one per drug and per video)', () => {
  const requests = [
    ...enGB.drugs.map((d) => ({ kind: 'drug' as const, query: d.id })),
    ...enGB.drugs.map((d) => ({ kind: 'drug' as const, query: d.id, about: true })),
    ...enGB.videos.map((v) => ({ kind: 'video' as const, id: v.id })),
  ];
  for (const request of requests) {
    const name = 'query' in request ? request.query : request.id;
    const about = 'about' in request;
    it(`${name}${about ? ' (for a card)' : ''}: a complete, valid model holding just it, with exactly the sources it cites`, async () => {
      const model = await loadBundledContent('en-GB', request);
      const { findings } = checkModel(model, { today: model.lastUpdated });
      expect(findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
      expect([...model.drugs.map((d) => d.id), ...model.videos.map((v) => v.id)]).to.deep.equal([name]);
      // A card's module has everything a card shows, and no side effects or care cards.
      if (about) {
        const whole = resolveDrug(enGB, name)!;
        expect(model.drugs[0]).to.deep.equal({ ...whole, sideEffects: [], careCards: [] });
      }
      const cited = citedSourceIds({ drugs: model.drugs, videos: model.videos, help: model.help, scales: model.frequencyScales });
      expect(model.sources.map((s) => s.id).sort()).to.deep.equal([...cited].sort());
      // The same object every time, and synchronously once loaded (what a server renders from).
      expect(peekBundledContent('en-GB', request)).to.equal(model);
      expect(await loadBundledContent('en-GB', request)).to.equal(model);
    });
  }
  it('any language falls back to en-GB, the only bundled one', async () => {
    const model = await loadBundledContent('cy', { kind: 'drug', query: 'IL-2' });
    expect(model.locale).to.equal('en-GB');
  });
  it('an unknown video is a CytokineError, not a thrown TypeError', async () => {
    const error = await loadBundledContent('en-GB', { kind: 'video', id: 'nope' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CytokineError);
    expect((error as CytokineError).code).to.equal('unknown-video');
  });
});

/**
 * The browser's check and `npx cytokine-widgets validate` on the same fixtures
 * (test/fixtures/models/make.mjs, served by the test server): the same verdict and the same
 * findings, except the rules that need files beside the model (captions, narration), which only
 * the CLI can run. test/node/validate.test.mjs holds the CLI to the same expectations.
 */
interface ModelFixture {
  model: unknown;
  expect: Array<{ rule: string; path: string; severity: 'error' | 'warning' }>;
}
const shared = (await (await fetch('/fixtures/models')).json()) as { today: string; cliOnlyRules: string[]; fixtures: Record<string, ModelFixture> };

describe('checkModel agrees with the validate CLI', () => {
  const key = (f: { rule: string; path: string; severity: string }) => `${f.severity} ${f.rule} ${f.path}`;
  it('has good and broken fixtures to compare', () => {
    const names = Object.keys(shared.fixtures);
    expect(names.filter((n) => n.startsWith('broken-')).length).to.be.greaterThan(15);
    expect(names).to.include('good');
  });
  for (const [name, fixture] of Object.entries(shared.fixtures)) {
    it(`${name}: ${fixture.expect.length ? fixture.expect.map(key).join('; ') : 'no findings'}`, () => {
      const result = checkModel(fixture.model, { today: shared.today });
      const expected = fixture.expect.filter((f) => !shared.cliOnlyRules.includes(f.rule));
      expect(result.findings.map(key).sort()).to.deep.equal(expected.map(key).sort());
      expect(result.ok, 'valid only without errors').to.equal(!expected.some((f) => f.severity === 'error'));
      for (const f of result.findings) expect(f.fix.length, `${f.path} has a fix`).to.be.greaterThan(10);
    });
  }
});

describe('checkModel', () => {
  it('the bundled en-GB model passes with no findings at all', () => {
    const result = checkModel(enGB, { today: enGB.lastUpdated });
    expect(result.findings).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('returns a copy, so a page that changes its object later cannot slip content past the check', () => {
    const model = clone();
    const result = checkModel(model);
    if (!result.ok) throw new Error('the bundled model should pass');
    model.drugs[0].links[0].href = 'javascript:alert(1)';
    expect(result.model.drugs[0].links[0].href).to.match(/^https:/);
  });

  it('refuses a javascript: link, even one hidden with a tab, naming where it is', () => {
    const model = clone();
    model.drugs[0].links.push({ text: 'Tabbed', href: 'java\tscript:alert(1)' });
    const result = checkModel(model);
    expect(result.ok).to.equal(false);
    expect(result.findings.map((f) => `${f.rule} ${f.path}`)).to.deep.equal([`links $.drugs[0].links[${enGB.drugs[0].links.length}].href`]);
  });

  it('a review dated tomorrow refuses a model at publishing time, but not on a reader\'s phone, whose clock may be off', () => {
    const model = clone();
    model.clinicalReview = { by: 'Dr Priya Shah, consultant oncologist', date: '2026-06-02' };
    const publishing = checkModel(model, { today: '2026-06-01' });
    expect(publishing.ok).to.equal(false);
    const reader = checkModel(model, { today: '2026-06-01', readerClock: true });
    expect(reader.ok).to.equal(true);
    expect(reader.findings.map((f) => `${f.severity} ${f.path}`)).to.include('warning $.clinicalReview.date');
  });

  it('refuses what is not plain JSON data, without throwing', () => {
    const result = checkModel({ ...clone(), version: () => '1.0.0' });
    expect(result.ok).to.equal(false);
    expect(result.findings[0].path).to.equal('$');
  });

  it('explains schema errors for people: the field, what is wrong, and a fix', () => {
    const model = clone();
    model.nextReview = 'next year';
    const [finding] = checkModel(model).findings;
    expect(finding.path).to.equal('$.nextReview');
    expect(finding.fix).to.contain('YYYY-MM-DD');
  });
});

describe('isSafeHref', () => {
  const safe = ['https://example.org/a', 'http://example.org', '/relative', 'page.html', '#top', '?q=1', '//cdn.example/x'];
  // 'https:', 'http:' and '//' (found by test/properties.test.ts) resolve on a page of one scheme
  // and are broken links on the other.
  const unsafe = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/1', '', '   ', 42, null, 'https:', 'http:', '//'];
  for (const href of safe) it(`allows ${JSON.stringify(href)}`, () => expect(isSafeHref(href)).to.equal(true));
  for (const href of unsafe) it(`refuses ${JSON.stringify(href)}`, () => expect(isSafeHref(href)).to.equal(false));
});

describe('fill', () => {
  it('fills placeholders as text, once, and leaves unknown ones (even names every object has) as written', () => {
    expect(fill('Call {adviceLine}.', { adviceLine: '0161 {x}' })).to.equal('Call 0161 {x}.');
    expect(fill('{n} in 100', { n: 3 })).to.equal('3 in 100');
    // Found by test/properties.test.ts: Object.prototype's names are not values.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(fill(`{${name}}`, {})).to.equal(`{${name}}`);
  });
});

describe('the JSON-LD Trusted Types policy', () => {
  it('passes JSON and refuses anything else, so it can never make code run', () => {
    const policy = jsonPolicy();
    if (!policy) return expect('trustedTypes' in window, 'the engine has Trusted Types but no policy was made').to.equal(false);
    expect(String(policy.createScript('{"@type":"MedicalWebPage"}'))).to.equal('{"@type":"MedicalWebPage"}');
    for (const code of ['alert(1)', 'window.x = 1', '{"a":1};alert(1)', '']) expect(() => policy.createScript(code), code).to.throw();
  });
});

describe('pickLocale', () => {
  it('matches exactly, then by language, then falls back', () => {
    expect(pickLocale('en-GB', ['en-GB'], 'en-GB')).to.equal('en-GB');
    expect(pickLocale('EN-us', ['en-GB', 'fr'], 'en-GB')).to.equal('en-GB');
    expect(pickLocale('fr-CA', ['en-GB', 'fr'], 'en-GB')).to.equal('fr');
    expect(pickLocale('cy', ['en-GB', 'fr'], 'en-GB')).to.equal('en-GB');
  });
});
