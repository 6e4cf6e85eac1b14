/**
 * A ref that focuses its element when it appears. Preact calls a ref while
 * it commits a render, in the same task, so focus has moved before the
 * reader's next key press is handled; an effect runs later, and a quick Tab
 * in between would land on a neighbour of a removed button before focus
 * jumped back. Defined once, outside any component, so a re-render does not
 * call it again.
 */
export function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}
