// Writes src/model/schema.json. Kept as code so the shared pieces (statement, section) are defined once.
import { writeFileSync } from 'node:fs';

const str = (extra = {}) => ({ type: 'string', minLength: 1, maxLength: 2000, ...extra });
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const arr = (items, extra = {}) => ({ type: 'array', items, maxItems: 200, ...extra });
const obj = (properties, required = Object.keys(properties)) => ({
  type: 'object', additionalProperties: false, required, properties,
});
const date = str({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const sourceIds = arr(str({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 40 }), { minItems: 1 });
const seconds = { type: 'number', minimum: 0, maximum: 86400 };
/** Frequency bands, most common first; each scale names the ones it uses. */
const BANDS = ['very-common', 'common', 'occasional', 'uncommon', 'not-known'];

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://cytokine-widgets.example/schema/content-model.json',
  title: 'cytokine-widgets content model',
  ...obj({
    $schema: str(),
    version: str({ pattern: '^\\d+\\.\\d+\\.\\d+' }),
    locale: str({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }),
    lastUpdated: date,
    nextReview: date,
    clinicalReview: obj({ by: str(), date }),
    publisher: str(),
    labels: ref('labels'),
    help: obj({ adviceLine: str(), highTemperature: str(), lowTemperature: str(), sources: sourceIds }),
    sources: arr(ref('source'), { minItems: 1 }),
    frequencyScales: arr(ref('frequencyScale')),
    // A model may hold only videos (a bundled video module, or a hospital's own video).
    drugs: arr(ref('drug')),
    videos: arr(ref('video')),
  }, ['version', 'locale', 'lastUpdated', 'nextReview', 'publisher', 'labels', 'help', 'sources', 'frequencyScales', 'drugs', 'videos']),
  $defs: {
    statement: obj({ text: str(), sources: sourceIds }),
    block: obj({ text: str(), sources: sourceIds, list: arr(ref('statement'), { minItems: 1 }) }, ['text', 'sources']),
    section: obj({
      heading: str(),
      body: arr(ref('block'), { minItems: 1 }),
      more: obj({ summary: str(), body: arr(ref('block'), { minItems: 1 }) }),
    }, ['heading', 'body']),
    source: obj({ id: str({ pattern: '^[A-Za-z0-9_-]+$', maxLength: 40 }), title: str(), publisher: str(), url: str() }, ['id', 'title', 'publisher']),
    link: obj({ text: str(), href: str(), sources: sourceIds }, ['text', 'href']),
    code: obj({ system: { enum: ['ATC', 'SNOMED CT', 'NCI Thesaurus', 'RxNorm'] }, code: str({ maxLength: 40 }), display: str(), sources: sourceIds }),
    frequencyScale: obj({ id: str(), name: str(), description: str(), bands: obj(Object.fromEntries(BANDS.map((b) => [b, str()])), []), sources: sourceIds }, ['id', 'name', 'description', 'sources']),
    frequency: obj({
      band: { enum: BANDS },
      words: str(),
      per100: { type: ['object', 'null'], additionalProperties: false, required: ['min', 'max'], properties: { min: { type: 'number', minimum: 0, maximum: 100 }, max: { type: 'number', minimum: 0, maximum: 100 } } },
      scale: str(),
      sources: sourceIds,
    }),
    sideEffect: obj({ id: str(), name: str(), description: ref('statement'), whatToDo: arr(ref('statement')), frequency: ref('frequency'), serious: { type: 'boolean' } }, ['id', 'name', 'description', 'whatToDo', 'frequency']),
    careCard: obj({
      level: { enum: ['non-urgent', 'urgent', 'emergency'] },
      topic: { enum: ['mental-health'] },
      heading: str(),
      signs: arr(ref('statement'), { minItems: 1 }),
      action: ref('statement'),
      phones: arr(obj({ label: str(), number: str({ pattern: '^[0-9 +]{3,20}$' }), sources: sourceIds })),
    }, ['level', 'heading', 'signs', 'action']),
    drug: obj({
      id: str({ pattern: '^[a-z0-9-]+$', maxLength: 60 }),
      name: str(),
      otherNames: arr(str()),
      aliases: arr(str()),
      summary: ref('statement'),
      whatItIs: ref('section'),
      howItWorks: ref('section'),
      howYouHaveIt: ref('section'),
      usedFor: ref('section'),
      safety: arr(ref('section')),
      sideEffects: arr(ref('sideEffect')),
      careCards: arr(ref('careCard')),
      codes: arr(ref('code')),
      links: arr(ref('link')),
    }),
    video: obj({
      id: str({ pattern: '^[a-z0-9-]+$', maxLength: 60 }),
      title: str(),
      description: ref('statement'),
      illustration: str(),
      duration: seconds,
      poster: obj({ src: str(), alt: str() }),
      media: arr(obj({ src: str(), type: str({ pattern: '^video/' }) }), { minItems: 1 }),
      captions: arr(obj({ src: str(), srclang: str(), label: str() })),
      chapters: arr(obj({ id: str(), start: seconds, title: str() })),
      transcript: arr(obj({ start: seconds, end: seconds, text: str() }), { maxItems: 2000 }),
      sources: sourceIds,
    }, ['id', 'title', 'description', 'duration', 'media', 'captions', 'chapters', 'transcript', 'sources']),
    labels: obj(Object.fromEntries([
      'otherNames', 'moreInformation', 'sources', 'lastUpdated', 'nextReview', 'notReviewed', 'reviewedBy', 'reviewDue', 'localCrisisLine', 'serious', 'codes', 'sideEffects', 'howCommon',
      'whatYouCanDo', 'whenToGetHelp', 'aboutNumbers', 'per100Range', 'per100Exact', 'phone', 'noneInGroups', 'notKnown', 'transcript', 'chapters', 'play', 'illustration',
    ].map((k) => [k, str()]).concat([
      ['careLevels', obj({ 'non-urgent': str(), urgent: str(), emergency: str() })],
      ['bands', obj(Object.fromEntries(BANDS.map((b) => [b, str()])))],
    ]))),
  },
};

writeFileSync(new URL('../src/model/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
