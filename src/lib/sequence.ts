/** The neighbours of an item in an ordered list, for prev/next links. */
export function neighbours<T>(items: readonly T[], index: number): { prev?: T; next?: T } {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: items[-1] is undefined too, which is dropped below
  const prev = index > 0 ? items[index - 1] : undefined;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: items past the end are undefined too, which is dropped below
  const next = index < items.length - 1 ? items[index + 1] : undefined;
  return { ...(prev === undefined ? {} : { prev }), ...(next === undefined ? {} : { next }) };
}
