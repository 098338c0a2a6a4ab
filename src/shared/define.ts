type VersionedElement = CustomElementConstructor & { version?: string };

/** Whether this copy of the library has warned that another holds its tags (one flag per copy). */
let warned = false;

/**
 * Real pages load libraries twice (a theme and a plugin both bundle us, or a CDN copy meets a
 * bundled one). `customElements.define` throws the second time, so define only when the tag is
 * free. The first copy wins; the page gets one warning per extra copy (not one per tag), naming
 * both versions, so its developer can remove one.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    try {
      customElements.define(tag, ctor);
    } catch (e) {
      console.warn(`[cytokine-widgets] could not define <${tag}>:`, e);
    }
    return;
  }
  if (existing === ctor || warned) return;
  warned = true;
  console.warn(
    existing.version === undefined
      ? `[cytokine-widgets] <${tag}> is already defined by another script, so version ${ctor.version ?? 'unknown'} of cytokine-widgets is not used for it.`
      : `[cytokine-widgets] this page loads the library twice: version ${existing.version} is in use, and ` +
          `this copy (version ${ctor.version ?? 'unknown'}) is not used. Load it once (one script tag or one import).`,
  );
}
