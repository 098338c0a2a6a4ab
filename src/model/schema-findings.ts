/**
 * Turns Ajv's errors into findings a content designer can act on: the path of the field that is
 * wrong (the missing or extra one, not its parent), what is wrong, and what to write instead.
 * Runs in the browser too, so it imports no Node modules and only Ajv's types.
 */
import type { ErrorObject } from 'ajv';
import { type Finding, jsonPath, pointerSegments, quote, type PathSegment } from './findings.js';

interface SchemaNode {
  $ref?: string;
  type?: string | readonly string[];
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  enum?: readonly unknown[];
  anyOf?: readonly SchemaNode[];
  oneOf?: readonly SchemaNode[];
  /** A sentence for content designers, written where a pattern alone would mean nothing to them. */
  errorMessage?: unknown;
}

/**
 * Where to look things up when Ajv leaves them out: without its `verbose` option an error has no
 * `parentSchema` or `data`, so the schema and the model it checked fill the gap.
 */
export interface SchemaContext {
  schema?: unknown;
  data?: unknown;
}

/** Fields earlier versions of the model had, and where what they held went. */
const RETIRED: Record<string, string> = {
  labels:
    'Remove it. The words around the content (headings, buttons) are now in a message catalogue: translate dist/messages/en-GB.json and give it to the widgets with the messages attribute.',
};

export function schemaFindings(errors: readonly ErrorObject[] | null | undefined, context: SchemaContext = {}): Finding[] {
  const findings = new Map<string, Finding>();
  for (const error of withoutFailedAlternatives(errors ?? [])) {
    const finding = describe(error, context);
    // allErrors can report one problem twice (the same field reached through two routes).
    const key = `${finding.path}\u0000${finding.message}`;
    if (!findings.has(key)) findings.set(key, finding);
  }
  return [...findings.values()];
}

/**
 * For `anyOf`/`oneOf` (per100 is a range or null) Ajv reports every alternative's failure and
 * then the alternation itself. If the value has the shape of one alternative, that
 * alternative's errors are the useful ones; if it matches none in type, one finding listing the
 * allowed types says it all.
 */
function withoutFailedAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const alternation of errors) {
    if (alternation.keyword !== 'anyOf' && alternation.keyword !== 'oneOf') continue;
    const prefix = `${alternation.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix) || dropped.has(e)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    if (branches.size === 0) continue; // oneOf matched more than once: its own message says so
    const wrongType = (list: ErrorObject[]) =>
      list.every((e) => e.keyword === 'type' && e.instancePath === alternation.instancePath);
    const meant = [...branches.values()].filter((list) => !wrongType(list));
    if (meant.length) {
      dropped.add(alternation);
      for (const list of branches.values()) if (!meant.includes(list)) list.forEach((e) => dropped.add(e));
    } else {
      for (const list of branches.values()) list.forEach((e) => dropped.add(e));
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

function describe(error: ErrorObject, context: SchemaContext): Finding {
  const at = pointerSegments(error.instancePath);
  const parent = (error.parentSchema ?? resolve(context.schema, parentPointer(error.schemaPath))) as SchemaNode | undefined;
  const hasData = 'data' in error || context.data !== undefined;
  const data: unknown = 'data' in error ? error.data : lookup(context.data, at);
  const params = error.params as Record<string, unknown>;
  const finding = (path: readonly PathSegment[], message: string, fix: string): Finding =>
    ({ severity: 'error', rule: 'schema', path: jsonPath(path), message, fix });
  const limit = Number(params.limit);

  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const expected = parent?.properties?.[name];
      const shape = expected ? shapeOf(follow(expected, context.schema)) : '';
      return finding([...at, name], `${quote(name)} is missing.`, `Add ${quote(name)}${shape ? `: ${shape}` : ''}.`);
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      if (at.length === 0 && Object.hasOwn(RETIRED, name)) return finding([name], `${quote(name)} is no longer part of the model.`, RETIRED[name]);
      const known = Object.keys(parent?.properties ?? {});
      const present = isRecord(data) ? Object.keys(data) : [];
      const guess = closest(name, known.filter((k) => !present.includes(k)));
      return finding(
        [...at, name],
        `${quote(name)} is not a field the model has here.`,
        `Remove it or check its spelling (the model has no field ${quote(name)}${guess ? `; did you mean ${quote(guess)}?` : ''}).`,
      );
    }
    case 'type': {
      const expected = parent?.type ? shapeOf(parent) : orList([params.type].flat().map((t) => typeWords(String(t))));
      return finding(at, `${hasData ? `This is ${kindOf(data)}, but it` : 'This'} must be ${expected}.`, `Change it to ${expected}.`);
    }
    case 'anyOf':
    case 'oneOf': {
      const choices = ((error.schema ?? resolve(context.schema, error.schemaPath.slice(1))) as SchemaNode[] | undefined) ?? [];
      const shapes = choices.map(shapeOf).filter(Boolean);
      if (!shapes.length) return finding(at, 'This value is not in any of the forms the model allows.', 'Check it against the content model documentation.');
      return finding(at, `${hasData ? `This is ${kindOf(data)}, but it` : 'This'} must be ${orList(shapes)}.`, `Change it to ${orList(shapes)}.`);
    }
    case 'enum': {
      const allowed = [params.allowedValues ?? parent?.enum ?? []].flat();
      return finding(at, `${hasData ? quote(data) : 'This value'} is not one of the allowed values.`, `Use one of: ${allowed.map((v) => quote(v)).join(', ')}.`);
    }
    case 'const':
      return finding(at, `${hasData ? quote(data) : 'This value'} is not the allowed value.`, `Use ${quote(params.allowedValue)}.`);
    case 'minLength':
      return limit <= 1
        ? finding(at, 'This text is empty.', 'Write some text here, or remove the field if it is optional.')
        : finding(at, `This text is shorter than ${limit} characters.`, `Write at least ${limit} characters.`);
    case 'maxLength':
      return finding(at, `This text is longer than ${limit} characters.`, `Shorten it to ${limit} characters or fewer.`);
    case 'minItems':
      return finding(
        at,
        limit <= 1 ? 'This list is empty.' : `This list has fewer than ${limit} items.`,
        at.at(-1) === 'sources'
          ? 'Add the id of at least one source that supports this, for example ["S1"].'
          : `Add at least ${limit} item${limit === 1 ? '' : 's'}.`,
      );
    case 'maxItems':
      return finding(at, `This list has more than ${limit} items.`, `Remove items so it has ${limit} or fewer.`);
    case 'pattern': {
      const advice = typeof parent?.errorMessage === 'string' ? parent.errorMessage : '';
      return finding(
        at,
        `${hasData ? quote(data) : 'This text'} is not written in the expected form.`,
        advice || `Write it so it matches the pattern ${String(params.pattern)}.`,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than' }[String(params.comparison)] ?? String(params.comparison);
      return finding(at, `${hasData ? String(data) : 'This number'} is out of range: it must be ${bound} ${limit}.`, `Use a number that is ${bound} ${limit}.`);
    }
    case 'uniqueItems':
      return finding(at, `Items ${Number(params.j)} and ${Number(params.i)} of this list are the same.`, 'Remove one of them.');
    default:
      return finding(at, `This value is not valid: it ${error.message ?? 'does not match the schema'}.`, 'Check it against the content model documentation (dist/schema.json).');
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text (in double quotes)',
  number: 'a number (without quotes)',
  integer: 'a whole number (without quotes)',
  boolean: 'true or false (without quotes)',
  array: 'a list (in square brackets [ ])',
  object: 'a group of fields (in curly brackets { })',
  null: 'null (without quotes)',
};
const typeWords = (type: string): string => TYPE_WORDS[type] ?? type;

/** What belongs in a field, in words: an object names its fields, so per100 reads as { "min", "max" }. */
function shapeOf(node: SchemaNode): string {
  const types = node.type === undefined ? [] : [node.type].flat();
  return orList(types.map((t) => (t === 'object' && node.required?.length
    ? `a group of fields like { ${node.required.map((k) => `${JSON.stringify(k)}: …`).join(', ')} }`
    : typeWords(t))));
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text (${quote(value, 40)})`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}`;
  return 'a group of fields';
}

const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The definition a `{ "$ref": "#/$defs/Statement" }` stands for, when the schema is at hand. */
const follow = (node: SchemaNode, root: unknown): SchemaNode =>
  (node.$ref?.startsWith('#/') && (resolve(root, node.$ref.slice(1)) as SchemaNode | undefined)) || node;

/** `#/$defs/drug/required` → `/$defs/drug`: the schema node that holds the failing keyword. */
const parentPointer = (schemaPath: string): string => schemaPath.slice(1).split('/').slice(0, -1).join('/');

function resolve(root: unknown, pointer: string): unknown {
  return lookup(root, pointerSegments(pointer).map(String));
}

function lookup(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** The known name closest to a misspelt one, if it is within two edits (ignoring case). */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
