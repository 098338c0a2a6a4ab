/**
 * Allow only links a reader can safely follow: http, https, or relative. The URL parser is the
 * judge because browsers strip tabs and newlines before reading a scheme ("java\nscript:" runs
 * as javascript:), which string checks miss.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.trim() === '') return false;
  try {
    const { protocol } = new URL(href, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
