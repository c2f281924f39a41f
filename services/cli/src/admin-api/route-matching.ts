import { ApiError } from './json-http';

/** A path template as segments; `:name` captures one URL-decoded segment. */
export interface RouteShape {
  readonly method: 'GET' | 'POST';
  readonly segments: readonly string[];
}

export type RouteMatch<R extends RouteShape> =
  | { readonly kind: 'match'; readonly route: R; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'method_not_allowed'; readonly allow: readonly string[] };

/**
 * Splits the path below the API prefix before decoding, so a decision id such as
 * `f-1/quarantine` arrives whole when the client sent it as `f-1%2Fquarantine`.
 */
export function pathSegments(pathBelowPrefix: string): string[] {
  return pathBelowPrefix.split('/').map((raw) => {
    try {
      return decodeURIComponent(raw);
    } catch {
      throw new ApiError(400, 'INVALID_REQUEST', `the path segment "${raw.slice(0, 80)}" is not valid URL encoding; encode ids with encodeURIComponent`);
    }
  });
}

function captures(template: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (template.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const s = segments[i] as string;
    if (t.startsWith(':')) {
      if (s === '') return undefined;
      params[t.slice(1)] = s;
    } else if (t !== s) {
      return undefined;
    }
  }
  return params;
}

/** 404 when no template fits the path, 405 (with the methods that would) when only the method is wrong. */
export function matchRoute<R extends RouteShape>(routes: readonly R[], method: string, segments: readonly string[]): RouteMatch<R> {
  const allow: string[] = [];
  for (const route of routes) {
    const params = captures(route.segments, segments);
    if (!params) continue;
    if (route.method === method) return { kind: 'match', route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: 'method_not_allowed', allow } : { kind: 'not_found' };
}
