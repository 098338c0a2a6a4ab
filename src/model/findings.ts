/**
 * A problem found in a content model, written for the content designer who has to fix it: the
 * CLI prints findings, and the browser check can show the same ones.
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Which check found it, e.g. `schema`, `source-ids`, `review-due`. */
  rule: string;
  /** Where, as a JSON path: `$.drugs[0].sideEffects[2].sources[0]`. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
  /** What to do about it, in plain English. */
  fix: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['drugs', 0, 'name']` → `$.drugs[0].name`; keys that are not identifiers are quoted. */
export const jsonPath = (segments: readonly PathSegment[]): string =>
  '$' +
  segments
    .map((s) => (typeof s === 'number' ? `[${s}]` : IDENTIFIER.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`))
    .join('');

/** A JSON Pointer as Ajv reports it (`/drugs/0/name`) → `$.drugs[0].name`. */
export const pointerToPath = (pointer: string): string =>
  jsonPath(pointerSegments(pointer));

export const pointerSegments = (pointer: string): PathSegment[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));

/**
 * Content as it appears inside a message: quoted, with control characters escaped (so a hostile
 * string cannot drive the terminal), and cut short so one long paragraph does not flood the report.
 */
export function quote(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(cut);
}

/** Seconds as m:ss.sss, as a reader of the video sees time. */
export function clock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const minutes = Math.floor(ms / 60_000);
  const rest = (ms - minutes * 60_000) / 1000;
  return `${minutes}:${rest < 10 ? '0' : ''}${rest}`;
}

export const errorCount = (findings: readonly Finding[]): number => findings.filter((f) => f.severity === 'error').length;
