// @ts-check
// A very long block comes in parts (reader/core/page.py split_words), each laid out
// only near the screen, so the block's size is an estimate until then. A position
// in such a block is a fraction of its text, placed through the part that holds
// that point. The block carries its length in code points (data-len), each part
// the offset it starts at (data-p).

import { along, firstReaching, fractionPast } from "./geometry.js";

/** A part's stretch of its block's text, in code points.
 * @typedef {{ start: number, end: number }} Span */

/**
 * The parts of a block, or null if it is not split.
 * @param {HTMLElement} el
 * @returns {HTMLElement[] | null}
 */
export function partsOf(el) {
  return el.classList.contains("split")
    ? Array.from(el.querySelectorAll(":scope > .part"), (p) => /** @type {HTMLElement} */ (p))
    : null;
}

/** @param {HTMLElement} el @param {string} key */
function numberIn(el, key) {
  return Number(el.dataset[key]);
}

/**
 * Where part k starts and ends in the block's text.
 * @param {HTMLElement} el the block
 * @param {HTMLElement[]} list its parts
 * @param {number} k
 * @returns {Span}
 */
export function partSpan(el, list, k) {
  const end = k + 1 < list.length ? numberIn(list[k + 1], "p") : numberIn(el, "len");
  return { start: numberIn(list[k], "p"), end: end };
}

/**
 * How far into a split block the viewport's start is, as a fraction of its text.
 * @param {HTMLElement} el the block
 * @param {HTMLElement[]} list its parts
 */
export function fractionInParts(el, list) {
  const k = firstReaching(list), span = partSpan(el, list, k);
  const inner = fractionPast(along(list[k].getBoundingClientRect()));
  const total = numberIn(el, "len");
  return total > 0 ? (span.start + inner * (span.end - span.start)) / total : 0;
}

/**
 * The part holding a fraction of a split block's text, and the fraction of that
 * part before the point.
 * @param {HTMLElement} el the block
 * @param {HTMLElement[]} list its parts
 * @param {number} fraction
 */
export function placeInParts(el, list, fraction) {
  const offset = fraction * numberIn(el, "len");
  let k = 0;
  for (let lo = 0, hi = list.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (numberIn(list[mid], "p") <= offset) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const span = partSpan(el, list, k);
  const size = span.end - span.start;
  return { el: list[k], fraction: size > 0 ? (offset - span.start) / size : 0 };
}

/**
 * Whether an element's content is laid out (a part of a long block is skipped
 * until it comes near the screen; until then its size is an estimate).
 * @param {HTMLElement} el
 */
export function drawn(el) {
  const probe = el.classList.contains("part") ? el.firstElementChild : el;
  return !probe || probe.checkVisibility({ contentVisibilityAuto: true });
}
