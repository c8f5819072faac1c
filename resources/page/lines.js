// @ts-check
// Whole lines at the pane's start. A position is a fraction of a block, which falls
// inside a line as often as not; put there, the line's readings were cut off at the
// edge (issue 10, defect 9). A restored position moves back to the gap before the
// line it falls in, so the line shows with its ruby.

import { vertical } from "./geometry.js";

/** Room kept before the line's first box, when the gap allows (CSS px). */
const MARGIN = 2;

/**
 * Every shown text box of `el` (base text and readings) as [start, end] along the
 * reading direction, from the viewport's start: top to bottom, or right to left.
 * @param {Element} el
 * @returns {[number, number][]}
 */
function textSpans(el) {
  /** @type {[number, number][]} */
  const spans = [];
  const right = window.innerWidth;
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (!n.textContent || !n.textContent.trim()) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (r.width <= 0 || r.height <= 0) continue;
      spans.push(vertical() ? [right - r.right, right - r.left] : [r.top, r.bottom]);
    }
  }
  return spans;
}

/**
 * How far back from `cut` (a distance from the viewport's start along the reading
 * direction) the pane must start so that no text box of `el` is cut by its edge.
 * @param {Element} el
 * @param {number} cut
 */
export function backToLineStart(el, cut) {
  const spans = textSpans(el);
  let edge = cut;
  for (;;) {
    const crossing = spans.filter(([s, e]) => s < edge - 0.5 && e > edge + 0.5);
    if (!crossing.length) break;
    edge = Math.min(...crossing.map(([s]) => s));
  }
  if (edge === cut) return 0;
  const before = spans.filter(([, e]) => e <= edge).map(([, e]) => e);
  const room = before.length ? edge - Math.max(...before) : MARGIN;
  return cut - edge + Math.min(MARGIN, room / 2);
}
