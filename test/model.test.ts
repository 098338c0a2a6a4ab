import { expect } from '@open-wc/testing';
import { loadBundledContent, loadBundledModel, peekBundledContent } from '../src/content/index.js';
import { CytokineError } from '../src/model/errors.js';
import { normaliseName, resolveDrug } from '../src/model/load.js';
import { checkModel } from '../src/model/check.js';
import { isSafeHref } from '../src/model/links.js';
import { fill } from '../src/model/fill.js';
import { jsonPolicy } from '../src/shared/structured-data.js';
import { pickLocale } from '../src/model/locale.js';
import { validate, type SchemaNode } from '../src/model/validate.js';
import { citedSourceIds } from '../src/model/sources.js';
import { VERSION } from '../src/shared/version.js';
import schema from '../src/model/schema.json';
import pkg from '../package.json';
import type { ContentModel } from '../src/model/types.js';

const enGB = await loadBundledModel('en-GB');
const clone = (): ContentModel => structuredClone(enGB) as ContentModel;

describe('content model', () => {
  it('the bundled en-GB model is valid against schema.json, with no unsafe links', () => {
    expect(validate(enGB, schema as SchemaNode)).to.deep.equal([]);
    const result = checkModel(enGB);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    if (result.ok) expect(result.warnings).to.deep.equal([]);
  });

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
      // A card's module carries only the labels a card shows; with the rest it is a valid model.
      const labels = about ? { ...enGB.labels, ...model.labels } : model.labels;
      if (about) expect(Object.keys(model.labels).length).to.be.lessThan(Object.keys(enGB.labels).length);
      expect(validate({ ...model, labels }, schema as SchemaNode)).to.deep.equal([]);
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

describe('checkModel', () => {
  it('rejects a wrong shape with readable paths', () => {
    const model = clone() as unknown as Record<string, unknown>;
    delete model.lastUpdated;
    (model.drugs as Array<Record<string, unknown>>)[0].name = 42;
    const result = checkModel(model);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors).to.include('$: missing "lastUpdated"');
      expect(result.errors).to.include('$.drugs[0].name: expected string, got integer');
    }
  });

  it('rejects unknown keys, bad dates, bad enums and empty text', () => {
    const model = clone();
    (model as unknown as Record<string, unknown>).extra = 1;
    model.nextReview = 'next year';
    (model.drugs[1].sideEffects[0].frequency as { band: string }).band = 'often';
    model.drugs[0].summary.text = '';
    const result = checkModel(model);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      const all = result.errors.join('\n');
      expect(all).to.contain('unexpected "extra"');
      expect(all).to.contain('$.nextReview: does not match');
      expect(all).to.contain('band: must be one of');
      expect(all).to.contain('summary.text: is empty or too short');
    }
  });

  it('rejects statements citing a source the model does not list', () => {
    const model = clone();
    model.drugs[0].summary.sources = ['S999'];
    const result = checkModel(model);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]).to.contain('unknown source "S999"');
  });

  it('rejects a locale that is not a valid language tag (dates could not be formatted)', () => {
    const model = clone();
    model.locale = 'en-GB-GB';
    const result = checkModel(model);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.join()).to.contain('not a valid language tag');
  });

  it('rejects one name used by two drugs', () => {
    const model = clone();
    model.drugs[1].aliases.push('IFN');
    const result = checkModel(model);
    expect(result.ok).to.equal(false);
  });

  it('drops unsafe links and source URLs, keeping everything else', () => {
    const model = clone();
    model.drugs[0].links.push({ text: 'Evil', href: 'javascript:alert(1)' }, { text: 'Tabbed', href: 'java\tscript:alert(1)' });
    model.sources[0].url = 'data:text/html,<script>alert(1)</script>';
    const result = checkModel(model);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.model.drugs[0].links.map((l) => l.text)).to.deep.equal(enGB.drugs[0].links.map((l) => l.text));
      expect(result.model.sources[0].url).to.equal(undefined);
      expect(result.model.sources[0].title).to.equal(enGB.sources[0].title);
      expect(result.warnings.length).to.equal(3);
    }
    expect(model.drugs[0].links.length, 'the input is not changed').to.equal(enGB.drugs[0].links.length + 2);
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
