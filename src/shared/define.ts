type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Real pages load libraries twice (a theme and a plugin both bundle us, or a CDN copy meets a
 * bundled one). `customElements.define` throws the second time, so define only when the tag is
 * free, and warn when another version already holds it.
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
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `[cytokine-widgets] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version} is not used.`,
    );
  }
}
