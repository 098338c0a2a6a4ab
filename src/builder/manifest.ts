/**
 * The widgets as custom-elements.json describes them: each tag, its summary and its attributes
 * (name, type, default, description), so the snippet builder offers exactly what the elements
 * declare. The manifest is written from the elements' JSDoc by the analyzer (scripts/generate.mjs
 * runs it before anything compiles), so a new attribute reaches the builder without an edit here.
 */
import manifestJson from '../../custom-elements.json';

/** A reference to a declaration in another module, as the manifest writes one. */
interface Reference {
  name: string;
  module?: string;
}

/** The parts of a manifest (schema 1.0) the builder reads; the file has many more. */
interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  inheritedFrom?: Reference;
}

interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
  superclass?: Reference;
}

export interface Manifest {
  modules: ReadonlyArray<{ declarations?: ManifestDeclaration[] }>;
}

/** One attribute of a widget. `type` is the manifest's TypeScript text, e.g. `boolean` or `'on' | 'off'`. */
export interface AttributeDoc {
  name: string;
  type: string;
  /** The element's own default, as source text (`'on'`), when the manifest gives one. */
  default?: string;
  description: string;
}

/** One widget: its tag, the one-line summary from its JSDoc, and every attribute it takes. */
export interface WidgetDoc {
  tag: string;
  summary: string;
  attributes: readonly AttributeDoc[];
}

const toDoc = ({ name, type, default: initial, description }: ManifestAttribute): AttributeDoc => ({
  name,
  type: type?.text ?? 'string',
  ...(initial === undefined ? {} : { default: initial }),
  description: description ?? '',
});

/**
 * The custom elements a manifest declares, each with all its attributes. An analyzer that
 * resolves inheritance lists inherited attributes on the element (marked `inheritedFrom`); one
 * that does not leaves them on the base class, so the superclass chain is walked as well, and an
 * attribute named twice keeps its first (most specific) entry.
 */
export function widgetsOf(manifest: Manifest): WidgetDoc[] {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const classes = new Map(declarations.filter((d) => d.kind === 'class').map((d) => [d.name, d] as const));
  const attributesOf = (declaration: ManifestDeclaration, seen: ReadonlySet<string> = new Set()): ManifestAttribute[] => {
    const parent = declaration.superclass && classes.get(declaration.superclass.name);
    const inherited = parent && !seen.has(parent.name) ? attributesOf(parent, new Set([...seen, declaration.name])) : [];
    return [...(declaration.attributes ?? []), ...inherited];
  };
  return declarations
    .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.customElement && d.tagName))
    .map((d) => {
      const byName = new Map<string, AttributeDoc>();
      for (const attribute of attributesOf(d)) if (!byName.has(attribute.name)) byName.set(attribute.name, toDoc(attribute));
      return { tag: d.tagName, summary: d.summary ?? '', attributes: [...byName.values()] };
    });
}

/** The widgets of this build. */
export const WIDGETS: readonly WidgetDoc[] = widgetsOf(manifestJson);
