/**
 * Array helpers whose cost does not depend on the call stack. `target.push(...items)` passes every
 * item as an argument and throws "Maximum call stack size exceeded" past about 100k items (a 1 MB
 * list of names gives that many mentions), so anything whose length grows with the input goes here.
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
