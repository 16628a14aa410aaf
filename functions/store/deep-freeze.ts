/**
 * Items read from the store are shared, not copied: the embedded store hands every reader the same
 * parsed object, so it is frozen all the way down. A caller that wants to change one copies it first
 * (`structuredClone`, or a spread of the part it changes) and writes the copy.
 */
export type Frozen<T> = T extends (infer E)[] ? readonly Frozen<E>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * deepFreeze for a value fresh from JSON.parse (plain objects and arrays, nothing shared or frozen yet):
 * the same result without a frozen check and an Object.values array per object, which was half the cost
 * of reading a figure the first time.
 */
export function freezeParsed<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === 'object') freezeParsed(v);
  } else {
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') freezeParsed(v);
    }
  }
  return Object.freeze(value);
}
