/**
 * Allow only links a reader can safely follow: http, https, or relative. The URL parser is the
 * judge because browsers strip tabs and newlines before reading a scheme ("java\nscript:" runs
 * as javascript:), which string checks miss.
 *
 * A link is resolved against the page it is on, whose scheme we do not know here (the server
 * renders with none). So the link must come out as http(s) against both an http and an https
 * base: "https:" alone, or "//" with no host, resolve on one and not the other, and a browser
 * on the other would show a broken link.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.trim() === '') return false;
  return BASES.every((base) => {
    try {
      const { protocol } = new URL(href, base);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  });
}

const BASES = ['https://relative.invalid/', 'http://relative.invalid/'];
