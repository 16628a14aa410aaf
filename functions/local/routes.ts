/**
 * Route templates as the Functions host reads them: literal segments (case-insensitive), "{name}",
 * "{name?}" (optional, last), "{name:constraint}" (the constraint is not checked locally) and "{*rest}".
 * When two routes match, the one with more literal segments wins, as in ASP.NET Core routing.
 */
export interface CompiledRoute<T> {
  target: T;
  template: string;
  match(path: string): Record<string, string> | undefined;
  literals: number;
}

type Segment = { kind: 'literal'; text: string } | { kind: 'param'; name: string; optional: boolean; catchAll: boolean };

export function compileRoute<T>(template: string, target: T): CompiledRoute<T> {
  const segments: Segment[] = template
    .split('/')
    .filter(Boolean)
    .map((part) => {
      const m = /^\{(\*?)([A-Za-z_]\w*)(?::[^}?]*)?(\??)\}$/.exec(part);
      return m ? { kind: 'param', name: m[2]!, optional: m[3] === '?', catchAll: m[1] === '*' } : { kind: 'literal', text: part.toLowerCase() };
    });
  return {
    target,
    template,
    literals: segments.filter((s) => s.kind === 'literal').length,
    match(path) {
      const parts = path.split('/').filter(Boolean);
      const params: Record<string, string> = {};
      for (let i = 0; i < segments.length; i++) {
        const segment = segments[i]!;
        const part = parts[i];
        if (segment.kind === 'literal') {
          if (part === undefined || safeDecode(part)?.toLowerCase() !== segment.text) return undefined;
        } else if (segment.catchAll) {
          const rest = parts.slice(i).map(safeDecode);
          if (rest.some((p) => p === undefined)) return undefined;
          if (rest.length) params[segment.name] = rest.join('/');
          return params;
        } else if (part === undefined) {
          return segment.optional ? params : undefined;
        } else {
          const value = safeDecode(part);
          if (value === undefined) return undefined;
          params[segment.name] = value;
        }
      }
      return parts.length === segments.length ? params : undefined;
    },
  };
}

/** The best match for a path among compiled routes. */
export function findRoute<T>(routes: readonly CompiledRoute<T>[], path: string): { route: CompiledRoute<T>; params: Record<string, string> } | undefined {
  let best: { route: CompiledRoute<T>; params: Record<string, string> } | undefined;
  for (const route of routes) {
    const params = route.match(path);
    if (params && (!best || route.literals > best.route.literals)) best = { route, params };
  }
  return best;
}

function safeDecode(part: string): string | undefined {
  // Most segments hold no escape; every route tries every segment of every request.
  if (!part.includes('%')) return part;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
