/**
 * Hash routes: they work on any static host and under any sub-path, with no server rewrite rules.
 * `#/accounts?search=ana&page=2` → `{ path: ['accounts'], query }`.
 */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

/** `#/accounts/12`, with the query when it has values. */
export function routeHref(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}
