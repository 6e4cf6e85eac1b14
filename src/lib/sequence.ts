/** The neighbours of an item in an ordered list, for prev/next links. */
export function neighbours<T>(items: readonly T[], index: number): { prev?: T; next?: T } {
  const prev = index > 0 ? items[index - 1] : undefined;
  const next = index < items.length - 1 ? items[index + 1] : undefined;
  return { ...(prev === undefined ? {} : { prev }), ...(next === undefined ? {} : { next }) };
}
