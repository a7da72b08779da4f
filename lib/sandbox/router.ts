/**
 * A tiny router: method plus path pattern with `:params`, matched segment by segment.
 */
import type { RouteDef } from './types';

/** A match: the route and its decoded path parameters. */
export interface RouteMatch<D> {
  route: RouteDef<D>;
  params: Record<string, string>;
}

interface Compiled<D> {
  route: RouteDef<D>;
  segments: string[];
}

/** Routes compiled once; `match` finds the one for a method and path. */
export class Router<D> {
  private readonly compiled: Compiled<D>[];

  constructor(routes: readonly RouteDef<D>[]) {
    this.compiled = routes.map((route) => ({ route, segments: split(route.path) }));
  }

  /** The route for `method` and `path`, or `undefined` (unknown path or method). */
  match(method: string, path: string): RouteMatch<D> | undefined {
    const parts = split(path);
    for (const { route, segments } of this.compiled) {
      if (route.method !== method.toUpperCase() || segments.length !== parts.length) continue;
      const params = matchSegments(segments, parts);
      if (params) return { route, params };
    }
    return undefined;
  }
}

function split(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | undefined {
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
