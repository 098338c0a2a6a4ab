/**
 * A small validator for the subset of JSON Schema that `schema.json` uses (type, enum, required,
 * properties, additionalProperties: false, items, min/max lengths, items and values, pattern,
 * local `$ref`). A full validator such as Ajv is larger than all three widgets together, and
 * host models must be checked in the reader's browser.
 */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  $defs?: Record<string, SchemaNode>;
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

const typeMatches = (expected: string, actual: string): boolean =>
  expected === actual || (expected === 'number' && actual === 'integer');

/** Returns a list of problems, each naming the JSON path; empty when the value is valid. */
export function validate(value: unknown, root: SchemaNode, maxErrors = 20): string[] {
  const errors: string[] = [];
  const patterns = new Map<string, RegExp>();
  const walk = (node: SchemaNode, v: unknown, path: string): void => {
    if (errors.length >= maxErrors) return;
    if (node.$ref) {
      const target = root.$defs?.[node.$ref.replace('#/$defs/', '')];
      if (!target) return void errors.push(`${path}: unknown schema reference ${node.$ref}`);
      return walk(target, v, path);
    }
    const actual = typeOf(v);
    if (node.type) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.some((t) => typeMatches(t, actual))) {
        return void errors.push(`${path}: expected ${types.join(' or ')}, got ${actual}`);
      }
    }
    if (node.enum && !node.enum.includes(v)) {
      return void errors.push(`${path}: must be one of ${node.enum.join(', ')}`);
    }
    if (actual === 'string') {
      const s = v as string;
      if (node.minLength !== undefined && s.length < node.minLength) errors.push(`${path}: is empty or too short`);
      if (node.maxLength !== undefined && s.length > node.maxLength) errors.push(`${path}: is too long`);
      if (node.pattern) {
        let re = patterns.get(node.pattern);
        if (!re) patterns.set(node.pattern, (re = new RegExp(node.pattern, 'u')));
        if (!re.test(s)) errors.push(`${path}: does not match ${node.pattern}`);
      }
    } else if (actual === 'integer' || actual === 'number') {
      const n = v as number;
      if (node.minimum !== undefined && n < node.minimum) errors.push(`${path}: must be at least ${node.minimum}`);
      if (node.maximum !== undefined && n > node.maximum) errors.push(`${path}: must be at most ${node.maximum}`);
    } else if (actual === 'array') {
      const a = v as unknown[];
      if (node.minItems !== undefined && a.length < node.minItems) errors.push(`${path}: needs at least ${node.minItems} item(s)`);
      if (node.maxItems !== undefined && a.length > node.maxItems) errors.push(`${path}: has too many items`);
      if (node.items) a.forEach((item, i) => walk(node.items!, item, `${path}[${i}]`));
    } else if (actual === 'object') {
      const o = v as Record<string, unknown>;
      for (const key of node.required ?? []) {
        if (!(key in o)) errors.push(`${path}: missing "${key}"`);
      }
      for (const [key, child] of Object.entries(o)) {
        const sub = node.properties?.[key];
        if (sub) walk(sub, child, `${path}.${key}`);
        else if (node.additionalProperties === false) errors.push(`${path}: unexpected "${key}"`);
      }
    }
  };
  walk(root, value, '$');
  return errors;
}
