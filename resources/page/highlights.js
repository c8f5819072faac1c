// @ts-check
// Highlights and underlines, painted with the CSS Custom Highlight API: no DOM
// changes, so offsets and the text stay as they are. A highlight is given as
// pieces of blocks (offsets); its DOM ranges are rebuilt whenever blocks change.

import { along, scrollAlong, vertical } from "./geometry.js";
import { layoutMarkers, placeMarkers } from "./markers.js";
import { lists } from "./lists.js";
import { rangeFor, rangePieces } from "./offsets.js";
import { FIND_NAMES } from "./find.js";
import { report } from "./position.js";

/**
 * A highlight as Python sends it.
 * @typedef {{ id: string, color: string, style: string, note?: unknown,
 *   pieces: { b: string, s: number, e: number }[] }} HighlightSpec
 */

/**
 * A highlight on the page: its DOM ranges, one per piece still on the page.
 * @typedef {{ id: string, color: string, style: string, note: string,
 *   pieces: HighlightSpec["pieces"], ranges: Range[] }} PageHighlight
 */

/** @type {PageHighlight[]} */
let highlights = [];

/**
 * A highlight as the page keeps it (an unknown colour drawn as the default one).
 * @param {HighlightSpec} h
 * @returns {PageHighlight}
 */
function onPage(h) {
  return {
    id: h.id, color: lists.colors.includes(h.color) ? h.color : lists.defaultColor,
    style: h.style, note: String(h.note || ""), pieces: h.pieces, ranges: [],
  };
}

/**
 * Show these highlights instead of those shown.
 * @param {HighlightSpec[]} list
 * @returns {number} how many there are
 */
export function setHighlights(list) {
  highlights = list.map(onPage);
  placeHighlights();
  return highlights.length;
}

/**
 * Add one highlight, or replace the one with its id; only it is painted again.
 * @param {HighlightSpec} spec
 * @returns {number} how many there are
 */
export function putHighlight(spec) {
  const h = onPage(spec);
  h.ranges = rangesOf(h);
  const i = highlights.findIndex((x) => x.id === h.id);
  if (i >= 0) {
    unpaint(highlights[i]);
    highlights[i] = h;
  } else {
    highlights.push(h);
  }
  paint(h);
  layoutMarkers(highlights);
  return highlights.length;
}

/**
 * Remove one highlight (nothing happens if the page has none with that id).
 * @param {string} id
 * @returns {number} how many there are
 */
export function removeHighlight(id) {
  const i = highlights.findIndex((x) => x.id === id);
  if (i >= 0) {
    unpaint(highlights[i]);
    highlights.splice(i, 1);
    layoutMarkers(highlights);
  }
  return highlights.length;
}

/** How many highlights the page holds. */
export function highlightCount() {
  return highlights.length;
}

/** Ranges point at text nodes: rebuild them whenever the blocks are replaced. */
export function placeHighlights() {
  for (const h of highlights) h.ranges = rangesOf(h);
  // The flash and the find bar's marks are not annotations: they stay.
  for (const key of Array.from(CSS.highlights.keys())) {
    if (key !== "flash" && !FIND_NAMES.includes(key)) CSS.highlights.delete(key);
  }
  for (const h of highlights) paint(h);
  layoutMarkers(highlights);
}

/**
 * A highlight's DOM ranges: one per piece whose block is on the page.
 * @param {PageHighlight} h
 */
function rangesOf(h) {
  return h.pieces.map((p) => rangeFor(p.b, p.s, p.e)).filter((r) => r !== null);
}

/**
 * The name a highlight is painted under in CSS.highlights (hl-yellow, ul-green…).
 * @param {PageHighlight} h
 */
function paintName(h) {
  return (lists.styles[h.style] ?? "hl") + "-" + h.color;
}

/** @param {PageHighlight} h */
function paint(h) {
  const key = paintName(h);
  let highlight = CSS.highlights.get(key);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(key, highlight);
  }
  addRanges(highlight, h.ranges);
}

/** @param {PageHighlight} h */
function unpaint(h) {
  const highlight = CSS.highlights.get(paintName(h));
  if (highlight) for (const r of h.ranges) highlight.delete(r);
}

/**
 * One range at a time: spreading tens of thousands of ranges into a call
 * (new Highlight(...ranges)) throws RangeError, and then nothing is painted.
 * @param {Highlight} highlight
 * @param {readonly Range[]} ranges
 */
function addRanges(highlight, ranges) {
  for (const r of ranges) highlight.add(r);
  return highlight;
}

/** Lay the note markers out again (after a reflow). */
export function layoutNoteMarkers() {
  layoutMarkers(highlights);
}

/** Move the note markers to their highlights (blocks above may have changed size). */
export function placeNoteMarkers() {
  placeMarkers(highlights);
}

/**
 * A highlight's pieces (block, start, end), whether or not their blocks are on the
 * page; null for an unknown id.
 * @param {string} id
 */
export function highlightPieces(id) {
  return highlights.find((x) => x.id === id)?.pieces ?? null;
}

/**
 * The base text under each range of a highlight (readings left out).
 * @param {string} id
 */
export function highlightText(id) {
  const h = highlights.find((x) => x.id === id);
  if (!h) return null;
  return h.ranges.map((r) => rangePieces(r).map((p) => p.text).join(""));
}

/**
 * The highlight under a point (CSS pixels), the topmost if they overlap.
 * @param {number} x
 * @param {number} y
 */
export function highlightAt(x, y) {
  const caret = document.caretPositionFromPoint
    ? document.caretPositionFromPoint(x, y) : null;
  if (!caret) return null;
  for (let i = highlights.length - 1; i >= 0; i--) {
    for (const r of highlights[i].ranges) {
      try {
        if (r.isPointInRange(caret.offsetNode, caret.offset) &&
            !(r.endContainer === caret.offsetNode && r.endOffset === caret.offset)) {
          return highlights[i];
        }
      } catch { /* a node outside the document */ }
    }
  }
  return null;
}

/**
 * Scroll highlight `id` into view and flash it.
 * @param {string} id
 * @returns {boolean} whether it is on the page
 */
export function flashHighlight(id) {
  const h = highlights.find((x) => x.id === id);
  if (!h || h.ranges.length === 0) return false;
  const a = along(h.ranges[0].getBoundingClientRect());
  scrollAlong(a.pos - (vertical() ? 0 : window.innerHeight / 3));
  CSS.highlights.set("flash", addRanges(new Highlight(), h.ranges));
  setTimeout(() => CSS.highlights.delete("flash"), 1200);
  report();
  return true;
}
