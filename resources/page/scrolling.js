// @ts-check
// Putting a reading position at the top of the pane, and keeping it there while
// the page reflows (an aid, a font size or the writing mode changes) and while
// blocks coming into view are laid out and change size.

import { whenBlock } from "./chunks.js";
import { along, scrollAlong } from "./geometry.js";
import { backToLineStart } from "./lines.js";
import { drawn, partsOf, placeInParts } from "./parts.js";
import { position, report } from "./position.js";

/** @typedef {import("./position.js").Position} Position */

/** The position being restored while blocks coming into view are laid out.
 * @type {Position | null} */
let intended = null;

/** Whether a position is still settling. */
export function settling() {
  return intended !== null;
}

/** What stops when the reader scrolls, clicks or presses a key. */
const takeOver = [() => { intended = null; }];

/**
 * A reader who scrolls while a position settles takes over: the settling stops,
 * or it would pull the page back to where it was before.
 */
export function letReaderTakeOver() {
  for (const type of ["wheel", "mousedown", "keydown", "touchstart"]) {
    window.addEventListener(type, () => { for (const fn of takeOver) fn(); },
      { passive: true, capture: true });
  }
}

/**
 * Stop something held on later frames when the reader takes over (this runs
 * before the page's own key handlers).
 * @param {() => void} fn
 */
export function onReaderTakeOver(fn) {
  takeOver.push(fn);
}

/**
 * The element to put at the top for a position, and the fraction of it above.
 * @param {Position} pos
 */
function placeOf(pos) {
  const el = document.getElementById(pos.block);
  const fraction = pos.fraction || 0;
  const list = el && fraction ? partsOf(el) : null;
  if (el && list) return placeInParts(el, list, fraction);
  return el ? { el: el, fraction: fraction } : null;
}

/**
 * Scroll so that `pos` is at the top, then keep it there as the page settles. A
 * block whose chunk is not on the page yet is asked for, and scrolled to when it
 * comes (unless the reader has scrolled meanwhile).
 * @param {Position | null} pos
 * @returns {boolean} whether its block is on the page, or asked for
 */
export function scrollToPosition(pos) {
  if (!pos || !pos.block) return false;
  const el = document.getElementById(pos.block);
  if (!el) {
    intended = pos;
    whenBlock(pos.block, () => { if (intended === pos) scrollToPosition(pos); });
    return true;
  }
  intended = pos;
  settle(0);
  report();
  return true;
}

/** @param {number} frame */
function settle(frame) {
  if (!intended) return;
  const place = placeOf(intended);
  if (!place) { intended = null; return; }
  const a = along(place.el.getBoundingClientRect());
  // A block put at the top keeps a little room above it for its first ruby line.
  const gap = intended.gap !== undefined ? intended.gap : (intended.fraction ? 0 : 10);
  const cut = a.pos + place.fraction * a.size - gap;
  const delta = cut - backToLineStart(place.el, cut);
  if (Math.abs(delta) >= 1) scrollAlong(delta);
  // Blocks coming into view are laid out on later frames and may change size:
  // measure again until the block stays where it was put, and is drawn.
  if (frame > 0 && Math.abs(delta) < 1 && drawn(place.el) || frame >= 12) {
    intended = null;
    report();
  } else {
    requestAnimationFrame(() => settle(frame + 1));
  }
}

/** @type {(() => void)[]} */
const afterReflow = [];

/**
 * Run `fn` after each change that may reflow the page.
 * @param {() => void} fn
 */
export function onReflow(fn) {
  afterReflow.push(fn);
}

/**
 * Run a change that may reflow the page, keeping the top paragraph in place.
 * @param {() => void} change
 */
export function keepingPosition(change) {
  const pos = intended || position();
  change();
  if (pos) scrollToPosition(pos);
  for (const fn of afterReflow) fn();
}

/**
 * Put block `id` at the top and flash it.
 * @param {string} id
 */
export function scrollToBlock(id) {
  if (!document.getElementById(id)) {
    whenBlock(id, () => scrollToBlock(id));
    return true;
  }
  const ok = scrollToPosition({ block: id, fraction: 0 });
  const el = document.getElementById(id);
  if (ok && el) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
  }
  return ok;
}
