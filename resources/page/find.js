// @ts-check
// Find marks: every hit of the find bar painted under the "find" highlight, the
// current one under "find-current", with the CSS Custom Highlight API (no DOM
// changes). Python sends the hits as offsets (block, start, end in code points);
// their DOM ranges are rebuilt whenever blocks are replaced (placeFindMarks), so the
// marks survive readings arriving and aid switches. placeHighlights() leaves these
// two names alone.

import { whenBlock } from "./chunks.js";
import { bridge } from "./channel.js";
import { along, scrollAlong, vertical } from "./geometry.js";
import { rangeFor, rangePieces } from "./offsets.js";
import { report } from "./position.js";

/** The names the marks are painted under (highlights.js keeps them). */
export const FIND_NAMES = ["find", "find-current"];

/** @typedef {{ b: string, s: number, e: number }} FindHit */

/** @type {FindHit[]} */
let hits = [];
let current = -1;
/** @type {(Range | null)[]} */
let ranges = [];

/**
 * Show these hits, `index` the current one (-1: none), and report when painted.
 * @param {FindHit[]} list
 * @param {number} index
 * @param {number} serial echoed to Python once the marks are drawn
 * @returns {number} how many hits have a range on the page
 */
export function setFindHits(list, index, serial) {
  hits = list;
  current = index;
  const placed = placeFindMarks();
  reveal();
  afterPaint(serial);
  return placed;
}

/**
 * Make hit `index` the current one and bring it into view.
 * @param {number} index
 * @param {number} serial
 * @returns {boolean} whether it is on the page
 */
export function setFindCurrent(index, serial) {
  current = index;
  paintCurrent();
  const shown = reveal();
  const hit = hits[index];
  if (!shown && hit) {
    // In a chunk of a long text not laid out yet: ask for it, then show the hit.
    whenBlock(hit.b, () => {
      placeFindMarks();
      if (current === index) reveal();
    });
  }
  afterPaint(serial);
  return shown || !!hit;
}

/** Remove every find mark. */
export function clearFind() {
  hits = [];
  ranges = [];
  current = -1;
  for (const name of FIND_NAMES) CSS.highlights.delete(name);
  return true;
}

/** Rebuild the marks' ranges (blocks were replaced); returns how many are placed. */
export function placeFindMarks() {
  ranges = hits.map((h) => rangeFor(h.b, h.s, h.e));
  const all = new Highlight();
  let placed = 0;
  // One range at a time: spreading thousands into new Highlight() throws.
  for (const r of ranges) if (r) { all.add(r); placed++; }
  if (hits.length) CSS.highlights.set("find", all); else CSS.highlights.delete("find");
  paintCurrent();
  return placed;
}

function paintCurrent() {
  const r = ranges[current];
  if (r) CSS.highlights.set("find-current", new Highlight(r));
  else CSS.highlights.delete("find-current");
}

/** Scroll the current hit into view if it is outside it; false if not on the page. */
function reveal() {
  const r = ranges[current];
  if (!r) return false;
  const a = along(r.getBoundingClientRect());
  const extent = vertical() ? window.innerWidth : window.innerHeight;
  if (a.pos < 0 || a.pos + a.size > extent) {
    scrollAlong(a.pos - extent / 3);
    report();
  }
  return true;
}

/**
 * Tell Python the marks are on screen: two frames after the change.
 * @param {number} serial
 */
function afterPaint(serial) {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    bridge()?.findPainted(serial);
  }));
}

/** For tests: the hits with a range on the page, and the current one's text. */
export function findState() {
  const cur = ranges[current];
  return {
    hits: hits.length,
    placed: ranges.filter((r) => r !== null).length,
    current: current,
    currentText: cur ? rangePieces(cur).map((p) => p.text).join("") : null,
    painted: CSS.highlights.get("find")?.size ?? 0,
    currentPainted: CSS.highlights.has("find-current"),
  };
}

/**
 * Scroll a stretch of a block into view and flash it (a vocabulary word's place).
 * @param {string} b
 * @param {number} s
 * @param {number} e
 * @returns {boolean} whether it is on the page
 */
export function flashRange(b, s, e) {
  const r = rangeFor(b, s, e);
  if (!r) return false;
  const a = along(r.getBoundingClientRect());
  scrollAlong(a.pos - (vertical() ? window.innerWidth : window.innerHeight) / 3);
  const flash = new Highlight(r);
  CSS.highlights.set("flash", flash);
  setTimeout(() => { if (CSS.highlights.get("flash") === flash) CSS.highlights.delete("flash"); }, 1200);
  report();
  return true;
}

/** The find part of the page's API (window.yomu). */
export const findApi = {
  setFindHits, setFindCurrent, clearFind, findState, flashRange,
  /** Where the current hit is, in viewport CSS pixels (tests). */
  findCurrentRect() {
    const r = ranges[current];
    if (!r) return null;
    const b = r.getBoundingClientRect();
    return { x: b.left, y: b.top, w: b.width, h: b.height,
      vw: window.innerWidth, vh: window.innerHeight };
  },
};
