// @ts-check
// Measuring along the reading direction: down the page in horizontal writing,
// right to left across it in vertical writing (縦書き).

/** Distance into the reading direction, and extent along it (CSS pixels).
 * @typedef {{ pos: number, size: number }} Along */

/** Whether the page is in vertical writing. */
export function vertical() {
  return document.body.classList.contains("vertical");
}

/**
 * How far along the reading direction a box starts (from the viewport's start),
 * and its extent along it.
 * @param {DOMRect} rect
 * @returns {Along}
 */
export function along(rect) {
  return vertical()
    ? { pos: window.innerWidth - rect.right, size: rect.width }
    : { pos: rect.top, size: rect.height };
}

/**
 * Scroll `delta` pixels on along the reading direction (back when negative).
 * @param {number} delta
 */
export function scrollAlong(delta) {
  if (vertical()) window.scrollBy(-delta, 0); else window.scrollBy(0, delta);
}

/**
 * Whether an element reaches more than `past` pixels past the viewport's start.
 * @param {Element} el
 * @param {number} [past]
 */
export function reaches(el, past = 1) {
  const a = along(el.getBoundingClientRect());
  return a.pos + a.size > past;
}

/**
 * The index of the first of `list` (in page order) that reaches more than `past`
 * pixels past the viewport's start, by binary search; the last if none does.
 * @param {readonly Element[]} list
 * @param {number} [past]
 */
export function firstReaching(list, past = 1) {
  let lo = 0, hi = list.length - 1, found = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(list[mid], past)) { found = mid; hi = mid - 1; } else { lo = mid + 1; }
  }
  return found;
}

/**
 * How far into a box the viewport's start is, 0 to 1.
 * @param {Along} a
 */
export function fractionPast(a) {
  return a.size > 0 ? Math.min(Math.max(-a.pos / a.size, 0), 1) : 0;
}
