/** A tiny router: method plus a path pattern with `:params`, matched segment by segment. */

/** One route: `handler` receives the decoded path parameters. */
export interface Route<H> {
  method: string;
  path: string;
  handler: H;
}

/** A match: the route's handler and its parameters. */
export interface Match<H> {
  handler: H;
  params: Record<string, string>;
}

const split = (path: string) => path.split('/').filter(Boolean);

/** Finds the route for `method` and `path`; `allowed` lists methods that exist for the path. */
export function matchRoute<H>(
  routes: readonly Route<H>[],
  method: string,
  path: string,
): Match<H> | { allowed: string[] } | undefined {
  const parts = split(path);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchSegments(split(route.path), parts);
    if (!params) continue;
    if (route.method === method.toUpperCase()) return { handler: route.handler, params };
    allowed.push(route.method);
  }
  return allowed.length ? { allowed } : undefined;
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const part = parts[i] as string;
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    } else if (segment !== part) return undefined;
  }
  return params;
}
