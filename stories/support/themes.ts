/** The example themes in src/themes/, by the value of Storybook's `theme` global. */
export const THEMES = ['charity', 'hospital', 'dark'] as const;

export type ThemeName = (typeof THEMES)[number];

export const isTheme = (value: unknown): value is ThemeName => THEMES.includes(value as ThemeName);

/** The class a host page puts on an ancestor of the widgets to use a theme. */
export const themeClass = (theme: ThemeName): string => `cytokine-theme-${theme}`;

/**
 * The theme chosen in the toolbar (or by a story's `globals`), if any. Stories that check the
 * widgets' unthemed defaults (colours inherited from the page) skip those checks under a theme.
 */
export const activeTheme = (globals: Record<string, unknown>): ThemeName | undefined =>
  isTheme(globals.theme) ? globals.theme : undefined;
