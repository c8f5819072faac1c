// @ts-check
// Scrolling in vertical writing (縦書き) as a Japanese e-reader does: the text runs
// from right to left, so the wheel (down = onward), PageDown/PageUp and Home/End
// move across the page. Chromium scrolls them up and down, where vertical-rl has
// nothing to scroll.

import { vertical } from "./geometry.js";

/** Pixels per wheel line, as Chromium scrolls a line. */
const LINE = 40;

/**
 * Scroll `delta` pixels onward (leftward); back when negative.
 * @param {number} delta
 */
function onward(delta) {
  window.scrollBy({ left: -delta, behavior: "instant" });
}

/** @param {Event} e */
function inPopup(e) {
  return e.target instanceof Element && e.target.closest(".lookup, .sel-tools") !== null;
}

/**
 * A turn of the wheel, with or without Shift, moves on when it turns down. A
 * horizontal swipe of a touchpad scrolls as it would.
 * @param {WheelEvent} e
 */
function onWheel(e) {
  if (!vertical() || e.ctrlKey || inPopup(e)) return;
  const turned = e.shiftKey ? e.deltaX || e.deltaY : e.deltaY;
  if (turned === 0 || (!e.shiftKey && Math.abs(e.deltaX) > Math.abs(e.deltaY))) return;
  const unit = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? LINE
    : e.deltaMode === WheelEvent.DOM_DELTA_PAGE ? window.innerWidth * 0.9 : 1;
  e.preventDefault();
  onward(turned * unit);
}

/** @type {Record<string, () => number>} */
const KEYS = {
  PageDown: () => window.innerWidth * 0.9,
  PageUp: () => -window.innerWidth * 0.9,
  End: () => document.documentElement.scrollWidth,
  Home: () => -document.documentElement.scrollWidth,
};

/** @param {KeyboardEvent} e */
function onKey(e) {
  const by = KEYS[e.key];
  if (!by || !vertical() || e.defaultPrevented || e.altKey || e.metaKey || e.ctrlKey) return;
  if (e.target instanceof HTMLElement && e.target.isContentEditable) return;
  e.preventDefault();
  onward(by());
}

/** Listen for the wheel and the paging keys. */
export function installVerticalScrolling() {
  window.addEventListener("wheel", onWheel, { passive: false });
  document.addEventListener("keydown", onKey);
}
