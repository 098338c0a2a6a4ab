/**
 * What the builder asks an editor, per widget: one field per attribute the manifest lists, its
 * control chosen from the attribute's type (a boolean is a checkbox, a union of strings a choice,
 * anything else a text box), its choices from the content model (drugs) and the vocabularies
 * (bands, with the words the side-effect list shows), and its hint from the attribute's JSDoc.
 *
 * What no data holds is the table below: a label in an editor's words for each attribute (the
 * JSDoc speaks to developers), the few hints that differ, and which attributes the form leaves
 * out, each with its reason. An attribute missing from the table still gets a field, labelled
 * with its name.
 */
import { BANDS } from '../model/vocabularies.js';
import { band, sideEffectsOf } from '../i18n/messages.js';
import type { ContentModel } from '../model/types.js';
import type { AttributeDoc, WidgetDoc } from './manifest.js';
import type { FallbackDefaults } from './snippet.js';

/** One option of a choice: the attribute value, what the editor reads, and an optional hint. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface FieldBase {
  /** The attribute's name. */
  name: string;
  label: string;
  /** May hold `code` in backticks, as JSDoc does. */
  hint: string;
  /** "options" (the widget's own fieldset) or "more" (More options). */
  section: 'options' | 'more';
}

export type Field =
  | (FieldBase & { kind: 'flag' })
  | (FieldBase & { kind: 'one'; choices: readonly Choice[]; initial: string; omitted?: string })
  | (FieldBase & { kind: 'many'; choices: readonly Choice[] })
  | (FieldBase & { kind: 'text'; input: 'text' | 'tel' });

/** What the editor has entered, by attribute name; shared by all widgets, so a drug chosen for the card stays chosen for the list. */
export type Values = Readonly<Record<string, string | boolean | readonly string[]>>;

/** Where a field's choices come from. */
type ChoiceSource = 'drugs' | 'bands' | 'heading-levels';

interface Copy {
  label: string;
  /** Instead of the attribute's JSDoc, where that speaks to developers ('' for none). */
  hint?: string;
  more?: true;
  input?: 'tel';
  choices?: ChoiceSource;
  /** Several of the choices, written space-separated (only when some, not all, are chosen). */
  many?: true;
  /** Written even when it is the element's default, because editors should see and set it. */
  always?: true;
  initial?: string;
}

/** An attribute the form leaves out, and why. */
interface Skip {
  skip: string;
}

const isSkip = (entry: Copy | Skip | undefined): entry is Skip => entry !== undefined && 'skip' in entry;

/** Labels in an editor's words, in the order the form asks and the code writes them. */
const COPY: Readonly<Record<string, Copy | Skip>> = {
  drug: { label: 'Which medicine?', hint: '', choices: 'drugs' },
  'heading-level': { label: 'Heading level of the widget’s title', choices: 'heading-levels', always: true, initial: '2' },
  expanded: { label: 'Open every side effect (for a printed handout)' },
  filter: { label: 'Groups to show', hint: 'Leave all ticked to show every group.', choices: 'bands', many: true },
  'advice-line': { label: 'Your advice line, as it reads in a sentence' },
  'advice-phone': { label: 'Its phone number', input: 'tel' },
  'high-temperature': { label: 'High temperature' },
  'low-temperature': { label: 'Low temperature' },
  'crisis-line': { label: 'Your local mental health crisis line, as it reads in a sentence' },
  'crisis-phone': { label: 'The crisis line’s phone number', input: 'tel' },
  'transcript-open': { label: 'Show the transcript open at first' },
  captions: { label: 'Captions when the video starts' },
  'structured-data': { label: 'Add structured data for search engines (schema.org JSON-LD)', more: true },
  lang: { label: 'Language (optional)', hint: 'A language tag such as en-GB. Leave empty to use your page’s language.', more: true },
  video: { skip: 'the bundle has one video, which the widget shows when the attribute is absent; it picks videos from a host’s own model' },
  src: { skip: 'a host’s own content model is set up once by the web team (docs/developers.md), and the preview would fetch it at every key press' },
  messages: { skip: 'a message catalogue is set up once by the web team, like src' },
};

/** The widget picker's labels, in the order it lists them; the hints are the elements' @summary. */
const WIDGET_LABELS: Readonly<Record<string, string>> = {
  'cytokine-card': 'Drug card',
  'side-effect-list': 'Side-effect list',
  'injection-video': 'Injection video',
};

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** A key's place in a table's order; keys the table does not know come after, as they were. */
const rank = (table: object, key: string): number => {
  const order = Object.keys(table);
  return order.indexOf(key) + 1 || order.length + 1;
};

/** The widgets as the picker lists them: labelled, in the table's order, any others after. */
export function widgetChoices(widgets: readonly WidgetDoc[]): Choice[] {
  return [...widgets]
    .sort((a, b) => rank(WIDGET_LABELS, a.tag) - rank(WIDGET_LABELS, b.tag))
    .map((w) => ({ value: w.tag, label: own(WIDGET_LABELS, w.tag) ?? w.tag, hint: w.summary }));
}

/** The values of a union of string literals (`'on' | 'off'`), or undefined for any other type. */
function literals(type: string): string[] | undefined {
  const members = type.split('|').map((m) => m.trim()).filter((m) => m !== 'undefined');
  const values = members.map((m) => /^'([^']*)'$/.exec(m)?.[1]);
  return members.length > 1 && values.every((v): v is string => v !== undefined) ? values : undefined;
}

const unquote = (value: string | undefined): string | undefined => (value === undefined ? undefined : (/^'(.*)'$/.exec(value)?.[1] ?? value));

const isBoolean = (type: string): boolean => type.split('|').some((m) => m.trim() === 'boolean');

/** The bundled drugs, as choices: the name the widgets show, with their other names as the hint. */
export const drugChoices = (model: ContentModel): Choice[] =>
  model.drugs.map((d) => ({ value: d.id, label: d.name, hint: d.otherNames.length ? `Also called ${d.otherNames.join(', ')}.` : undefined }));

function choicesFrom(source: ChoiceSource, model: ContentModel): Choice[] {
  switch (source) {
    case 'drugs':
      return drugChoices(model);
    case 'bands':
      return BANDS.map((b) => ({ value: b, label: band(b) }));
    case 'heading-levels':
      // HTML has six levels of heading.
      return ['1', '2', '3', '4', '5', '6'].map((n) => ({ value: n, label: n }));
  }
}

function fieldOf(attribute: AttributeDoc, copy: Copy | undefined, model: ContentModel): Field {
  const base: FieldBase = {
    name: attribute.name,
    label: copy?.label ?? attribute.name,
    hint: copy?.hint ?? attribute.description,
    section: copy?.more ? 'more' : 'options',
  };
  const choices = copy?.choices ? choicesFrom(copy.choices, model) : literals(attribute.type)?.map((v) => ({ value: v, label: v }));
  if (choices && copy?.many) return { ...base, kind: 'many', choices };
  if (choices) {
    const own = unquote(attribute.default);
    return { ...base, kind: 'one', choices, initial: copy?.initial ?? own ?? choices[0]?.value ?? '', omitted: copy?.always ? undefined : own };
  }
  if (isBoolean(attribute.type)) return { ...base, kind: 'flag' };
  return { ...base, kind: 'text', input: copy?.input ?? 'text' };
}

/** The fields for one widget, in the table's order, then any attribute the table does not know. */
export function fieldsFor(widget: WidgetDoc, model: ContentModel): Field[] {
  const copyOf = (name: string): Copy | Skip | undefined => own(COPY, name);
  return widget.attributes
    .filter((a) => !isSkip(copyOf(a.name)))
    .sort((a, b) => rank(COPY, a.name) - rank(COPY, b.name))
    .map((a) => {
      const copy = copyOf(a.name);
      return fieldOf(a, isSkip(copy) ? undefined : copy, model);
    });
}

/** The attributes the form leaves out on purpose (the table's reasons say why). */
export const SKIPPED = Object.keys(COPY).filter((name) => isSkip(COPY[name]));

/* Reading values ---------------------------------------------------------------------------- */

export const flagOf = (field: Field, values: Values): boolean => values[field.name] === true;

export function choiceOf(field: Extract<Field, { kind: 'one' }>, values: Values): string {
  const value = values[field.name];
  return typeof value === 'string' && field.choices.some((c) => c.value === value) ? value : field.initial;
}

/** The chosen values of a many-choice field, in the choices' order; all of them at first. */
export function choicesOf(field: Extract<Field, { kind: 'many' }>, values: Values): string[] {
  const value = values[field.name];
  const chosen: readonly string[] = typeof value === 'object' ? value : field.choices.map((c) => c.value);
  return field.choices.map((c) => c.value).filter((v) => chosen.includes(v));
}

export const textOf = (field: Field, values: Values): string => {
  const value = values[field.name];
  return typeof value === 'string' ? value : '';
};

/**
 * The widget's attributes, in the order of its fields. `true` is a boolean attribute (written
 * with no value). A choice equal to the element's own default, all or none of a many-choice,
 * and empty text are left out: the code says only what differs.
 */
export function attributesFor(fields: readonly Field[], values: Values): Array<[string, string | true]> {
  const attributes: Array<[string, string | true]> = [];
  for (const field of fields) {
    switch (field.kind) {
      case 'flag':
        if (flagOf(field, values)) attributes.push([field.name, true]);
        break;
      case 'one': {
        const value = choiceOf(field, values);
        if (value && value !== field.omitted) attributes.push([field.name, value]);
        break;
      }
      case 'many': {
        const chosen = choicesOf(field, values);
        if (chosen.length > 0 && chosen.length < field.choices.length) attributes.push([field.name, chosen.join(' ')]);
        break;
      }
      case 'text': {
        const value = textOf(field, values).trim();
        if (value) attributes.push([field.name, value]);
        break;
      }
    }
  }
  return attributes;
}

/** A drug's name inside a sentence: generic names are lower case there ("about interferon alfa"). */
const inSentence = (name: string): string => name.charAt(0).toLocaleLowerCase('en-GB') + name.slice(1);

/**
 * What a widget's fallback says when the editor writes nothing: a link's text naming what the
 * host's page is about, and a sentence that still helps without a link. Both name the drug, or
 * the video, as the content model does.
 */
const FALLBACK_TEXT: Readonly<Record<string, (drug: string, model: ContentModel) => FallbackDefaults>> = {
  'cytokine-card': (drug) => ({ link: `Read about ${inSentence(drug)}`, sentence: `Ask your treatment team about ${inSentence(drug)}.` }),
  'side-effect-list': (drug) => ({
    // The list's own title, from the same message.
    link: sideEffectsOf(drug),
    sentence: `Ask your treatment team about the side effects of ${inSentence(drug)}.`,
  }),
  'injection-video': (_, model) => {
    const title = model.videos[0]?.title ?? 'How to give an injection';
    return { link: title, sentence: `${title}: ask your treatment team to show you.` };
  },
};

/** The default texts of a widget's fallback, for the drug the values choose. */
export function fallbackDefaults(tag: string, values: Values, model: ContentModel): FallbackDefaults {
  const id = values.drug;
  const drug = model.drugs.find((d) => d.id === id) ?? model.drugs[0];
  const texts = own(FALLBACK_TEXT, tag);
  if (texts) return texts(drug?.name ?? '', model);
  const label = own(WIDGET_LABELS, tag) ?? tag;
  return { link: label, sentence: `${label}: ask your treatment team.` };
}
