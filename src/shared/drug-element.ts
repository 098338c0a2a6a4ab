import type { PropertyDeclarations } from './reactive-element.js';
import type { ContentModel, Drug } from '../model/types.js';
import { CytokineError } from '../model/errors.js';
import { resolveDrug } from '../model/load.js';
import { CytokineElement } from './cytokine-element.js';

/** A widget about one drug, chosen by the `drug` attribute (an id or any of its names). */
export abstract class DrugElement extends CytokineElement<Drug> {
  protected static override selectors: readonly string[] = ['drug'];
  static override properties: PropertyDeclarations = { drug: {} };

  /** Drug id or name (case-insensitive): `interferon-alfa`, `aldesleukin`, `IFN`, `IL-2`, `Proleukin`… */
  declare drug?: string;

  protected select(model: ContentModel): Drug {
    const query = this.drug?.trim();
    if (!query) throw new CytokineError('missing-drug');
    const drug = resolveDrug(model, query);
    if (!drug) throw new CytokineError('unknown-drug', query);
    return drug;
  }
}
