import { defineElement } from '../shared/define.js';
import { SnippetBuilder, type SnippetChangeDetail } from './snippet-builder.js';

defineElement('cytokine-snippet-builder', SnippetBuilder);

export { SnippetBuilder, type SnippetChangeDetail };

declare global {
  interface HTMLElementTagNameMap {
    'cytokine-snippet-builder': SnippetBuilder;
  }
  interface HTMLElementEventMap {
    'cytokine-snippet-change': CustomEvent<SnippetChangeDetail>;
  }
}
