/**
 * The builder's first question, "Where will you paste this?": each answer sets the form of the
 * code and says, in a sentence or two, what to do in that place. The fuller story, for editors
 * and their developers, is docs/cms.md.
 */
import type { Choice } from './fields.js';
import type { Embed } from './snippet.js';

export const CMSES = ['html', 'wordpress', 'drupal', 'other'] as const;
export type Cms = (typeof CMSES)[number];

/**
 * WordPress: it runs about four in ten websites, and its code (the placeholder) is the form that
 * works for the most editors. An editor without the right to post raw HTML cannot use the
 * custom element and its `<script>` (the HTML filter removes both), so that form is never the default.
 */
export const DEFAULT_CMS: Cms = 'wordpress';

export interface CmsChoice extends Choice {
  value: Cms;
  embed: Embed;
  /** One or two plain sentences; `code` in backticks. */
  guidance: string;
}

export const CMS_CHOICES: Readonly<Record<Cms, CmsChoice>> = {
  html: {
    value: 'html',
    label: 'A web page’s HTML',
    hint: 'A page or page template you can edit as HTML, scripts included.',
    embed: 'element',
    guidance:
      'Your developer puts the “Once per site” code in the `<head>` of your site’s page template (or of each page). Paste the code from “Paste into the page” where the widget should appear.',
  },
  wordpress: {
    value: 'wordpress',
    label: 'A WordPress Custom HTML block',
    embed: 'placeholder',
    guidance:
      'Only a Custom HTML block works: a Paragraph block strips the attributes, and the widget never appears. Add a block, search for “Custom HTML”, and paste the code from “Paste into the page” into it.',
  },
  drupal: {
    value: 'drupal',
    label: 'Drupal',
    embed: 'placeholder',
    guidance:
      'Use a text format that keeps the `data-` attributes, such as “Full HTML”, and paste in the editor’s Source view. In a filtered format such as “Basic HTML”, ask your site builder to allow `<div data-cytokine-widget data-*>` first.',
  },
  other: {
    value: 'other',
    label: 'Another CMS',
    embed: 'placeholder',
    guidance:
      'Paste the code in your CMS’s HTML or source view: it is a `<div>` with `data-` attributes, which almost every CMS keeps. Ask your developer whether the “Once per site” code is already on your site.',
  },
};

export const isCms = (value: unknown): value is Cms => typeof value === 'string' && (CMSES as readonly string[]).includes(value);
