/**
 * The built demo's stand-in for tldts, which MSW's cookie store (tough-cookie) asks for a host's registrable
 * domain. The mocked API sets and reads no cookie, so tldts' public-suffix list would be about 50 KB gzip of
 * script, a third of the link page's, loaded for nothing: here the registrable domain is the last two labels
 * (`a.b.example.com` → `example.com`), and an IP address or a one-label host has none, as with tldts.
 * demo/rollup.config.mjs puts it in place of `tldts`; the tests and the npm package keep the real one.
 */
export function getDomain(host: string): string | null {
  if (host.includes(':') || /^[\d.]+$/.test(host)) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
