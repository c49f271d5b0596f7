/**
 * A ref that focuses its element when it appears. Use it instead of `autoFocus`: on Preact that
 * is only the HTML attribute, which the browser honours at page load and, for a later element, a
 * frame after the render — too late for a keyboard user who presses Enter twice. A ref runs as the
 * element is inserted. It must be this one function, not a new one per render, or each render
 * would focus the element again.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
