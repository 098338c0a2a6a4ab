import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { ContentModel, Drug } from '../model/types.js';
import type { ContentRequest } from '../content/index.js';
import { CytokineError } from '../model/errors.js';
import { resolveDrug } from '../model/lookup.js';
import { CytokineElement } from './cytokine-element.js';

/** A widget about one drug, chosen by the `drug` attribute (an id or any of its names). */
export abstract class DrugElement extends CytokineElement<Drug> {
  static override properties: PropertyDeclarations = {
    drug: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  protected static override selectors: readonly string[] = ['drug'];

  // The JSDoc @type (which TypeScript ignores in a .ts file) gives the manifest, and so editors'
  // suggestions, the bundled drugs' ids; any other name still works, hence `string`.
  /**
   * Drug id or any of its names, case-insensitive.
   * @type {'interferon-alfa' | 'aldesleukin' | string}
   */
  drug?: string;

  /** Opt-in: also write schema.org JSON-LD about the drug into the page. */
  structuredData = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Only when the content or the opt-in changed (and it is or was on); loaded on demand, as
    // most pages do not opt in.
    if ((changed.has('view') || changed.has('structuredData')) && (this.structuredData || changed.get('structuredData'))) {
      import('./structured-data.js').then((m) => m.writeJsonLd(this, this.structuredData ? this.view : undefined), console.warn);
    }
  }

  protected request(): Extract<ContentRequest, { kind: 'drug' }> {
    return { kind: 'drug', query: this.drug ?? '' };
  }

  protected select(model: ContentModel): Drug {
    const query = this.drug?.trim();
    if (!query) throw new CytokineError('missing-drug');
    const drug = resolveDrug(model, query);
    if (!drug) throw new CytokineError('unknown-drug', query);
    return drug;
  }
}
