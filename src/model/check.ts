/**
 * The one check of a content model, in the browser (a host's `src` or `model`) and in the CLI:
 * the JSON Schema (Ajv, compiled at build time from schema.ts), then the rules a schema cannot
 * express (rules.ts). The verdict is the same everywhere, because the code is the same.
 */
import type { ContentModel } from './types.js';
import type { Finding } from './findings.js';
import validateSchema from './generated/validate-model.js';
import { schemaFindings } from './schema-findings.js';
import { checkRules } from './rules.js';

/** A model with its warnings, or the errors (and warnings) that refuse it. */
export type CheckResult =
  | { ok: true; model: ContentModel; findings: Finding[] }
  | { ok: false; findings: Finding[] };

export type { RuleOptions as CheckOptions } from './rules.js';
import type { RuleOptions as CheckOptions } from './rules.js';

/**
 * Checks a model. The model returned is a copy, so a page that changes its object afterwards
 * cannot slip unchecked content past the check.
 */
export function checkModel(raw: unknown, options: CheckOptions = {}): CheckResult {
  let copy: unknown;
  try {
    copy = structuredClone(raw);
  } catch {
    return { ok: false, findings: [{ severity: 'error', rule: 'schema', path: '$', message: 'This is not plain JSON data.', fix: 'Give a content model as JSON: objects, lists, text, numbers and true/false only.' }] };
  }
  if (!validateSchema(copy)) return { ok: false, findings: schemaFindings(validateSchema.errors, { data: copy }) };
  const model = copy as ContentModel;
  const findings = checkRules(model, options);
  return findings.some((f) => f.severity === 'error') ? { ok: false, findings } : { ok: true, model, findings };
}

/** A finding as one line for a console or an event's reasons. */
export const findingLine = (f: Finding): string => `${f.severity} ${f.path}: ${f.message} ${f.fix}`;
