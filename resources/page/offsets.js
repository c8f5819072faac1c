// @ts-check
// Offsets: code points into a block's base text, the one coordinate system shared
// with Python (docs/design.md, "One coordinate system"). JavaScript strings count
// UTF-16 units, so a character outside the BMP (𠮷) is two units and one offset.
// Base text is the text of a block outside rt, rp and labels (.lbl): readings,
// their parentheses, speaker names and marks are not part of it.

import { allBlocks } from "./blocks.js";

/**
 * A stretch of one block: its id, [s, e) in code points, and its base text.
 * @typedef {{ b: string, s: number, e: number, text: string }} Piece
 */

/**
 * A block's base text nodes and the code-point offset each starts at.
 * @typedef {{ nodes: Text[], starts: number[], length: number }} NodeIndex
 */

/**
 * How many code points a string holds (a surrogate pair counts once).
 * @param {string} s
 */
export function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // count a surrogate pair once
  }
  return n;
}

/**
 * The UTF-16 index in `s` of code point `cps` (the end of `s` if it is shorter).
 * @param {string} s
 * @param {number} cps
 */
export function unitOffset(s, cps) {
  let i = 0;
  for (let n = 0; n < cps && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

/**
 * Whether a text node is base text of a block.
 * @param {Node} node
 */
function isBase(node) {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.matches("rt, rp, .lbl")) return false;
    if (el.hasAttribute("data-b")) return true;
  }
  return false;
}

/** @param {Element} blockEl */
function baseTextNodes(blockEl) {
  /** @type {Text[]} */
  const out = [];
  const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (isBase(n)) out.push(/** @type {Text} */ (n));
  }
  return out;
}

// Built once per block element: tens of thousands of highlights reuse it, and a
// long block is not walked again for every one of them. A replaced block is a new
// element, indexed anew.
/** @type {WeakMap<Element, NodeIndex>} */
const nodeIndex = new WeakMap();

/** @param {Element} el */
function blockIndex(el) {
  let entry = nodeIndex.get(el);
  if (!entry) {
    const nodes = baseTextNodes(el);
    /** @type {number[]} */
    const starts = [];
    let pos = 0;
    for (const n of nodes) { starts.push(pos); pos += codePoints(n.data); }
    entry = { nodes: nodes, starts: starts, length: pos };
    nodeIndex.set(el, entry);
  }
  return entry;
}

/**
 * Where node k of an index ends, in code points.
 * @param {NodeIndex} entry
 * @param {number} k
 */
function nodeEnd(entry, k) {
  return k + 1 < entry.nodes.length ? entry.starts[k + 1] : entry.length;
}

/**
 * The first node from `from` on whose end passes `offset` (or reaches it, when
 * `reach` is set), by binary search; -1 if none does.
 * @param {NodeIndex} entry
 * @param {number} offset
 * @param {number} from
 * @param {boolean} reach
 */
function nodeEndingAfter(entry, offset, from, reach) {
  let lo = from, hi = entry.nodes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const end = nodeEnd(entry, mid);
    if (end > offset || (reach && end >= offset)) { found = mid; hi = mid - 1; }
    else lo = mid + 1;
  }
  return found;
}

/**
 * The part of a block that a DOM range covers, as [start, end) code points.
 * Only the nodes the range touches are visited: the first by binary search (text
 * nodes are in document order), then on until one lies wholly after the range.
 * @param {Range} range
 * @param {HTMLElement} blockEl
 * @returns {Piece | null}
 */
export function rangeInBlock(range, blockEl) {
  const entry = blockIndex(blockEl), nodes = entry.nodes;
  /** @param {Node} node */
  const before = (node) => node !== range.startContainer && range.comparePoint(node, 0) < 0;
  let lo = 0, hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(nodes[mid])) lo = mid + 1; else hi = mid;
  }
  let start = -1, end = -1, text = "";
  for (let k = lo; k < nodes.length; k++) {
    const node = nodes[k], len = node.data.length;
    let from = 0, to = len;
    if (node === range.startContainer) from = range.startOffset;
    if (node === range.endContainer) to = range.endOffset;
    else if (range.comparePoint(node, 0) > 0) break; // this and the rest are after
    if (from < to) {
      const pos = entry.starts[k];
      const s = pos + codePoints(node.data.slice(0, from));
      const e = pos + codePoints(node.data.slice(0, to));
      if (start < 0) start = s;
      end = e;
      text += node.data.slice(from, to);
    }
    if (node === range.endContainer) break;
  }
  return start < 0 ? null : { b: blockId(blockEl), s: start, e: end, text: text };
}

/** @param {HTMLElement} el */
function blockId(el) {
  return el.dataset["b"] ?? "";
}

/**
 * The offset in a block of a point of the DOM: how much base text precedes it.
 * @param {HTMLElement} blockEl
 * @param {Node} node
 * @param {number} offset
 */
export function offsetOf(blockEl, node, offset) {
  const range = document.createRange();
  range.setStart(blockEl, 0);
  range.setEnd(node, offset);
  const part = rangeInBlock(range, blockEl);
  return part ? part.e : 0;
}

/**
 * A DOM range over [start, end) of block `id`'s base text, or null if the block is
 * not on the page or the offsets lie past its text.
 * @param {string} id
 * @param {number} start
 * @param {number} end
 */
export function rangeFor(id, start, end) {
  const el = document.getElementById(id);
  if (!el) return null;
  const entry = blockIndex(el);
  const i = nodeEndingAfter(entry, start, 0, start === end);
  if (i < 0) return null;
  const j = nodeEndingAfter(entry, end, i, true);
  if (j < 0) return null;
  const first = entry.nodes[i], last = entry.nodes[j];
  const range = document.createRange();
  range.setStart(first, unitOffset(first.data, start - entry.starts[i]));
  range.setEnd(last, unitOffset(last.data, end - entry.starts[j]));
  return range;
}

/**
 * The pieces of each block a range covers, in page order (empty pieces left out).
 * @param {Range} range
 */
export function rangePieces(range) {
  /** @type {Piece[]} */
  const out = [];
  for (const el of allBlocks()) {
    if (!range.intersectsNode(el)) continue;
    const part = rangeInBlock(range, el);
    if (part && part.e > part.s) out.push(part);
  }
  return out;
}

/** The page's selection as pieces of blocks (none when nothing is selected). */
export function selectionRanges() {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return [];
  return rangePieces(sel.getRangeAt(0));
}

/**
 * Select from (id, start) to (endId, end) in base-text offsets (tests, annotations).
 * @param {string} id
 * @param {number} start
 * @param {number} end
 * @param {string} [endId] the block where the selection ends, if not `id`
 */
export function selectRange(id, start, end, endId) {
  const first = rangeFor(id, start, start);
  const last = rangeFor(endId || id, end, end);
  const sel = window.getSelection();
  if (!first || !last || !sel) return false;
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/**
 * The base-text offset under a point (CSS pixels), for the context menu. A point
 * over a reading counts as the start of its ruby.
 * @param {number} x
 * @param {number} y
 * @returns {{ b: string, o: number } | null}
 */
export function offsetAtPoint(x, y) {
  const caret = document.caretPositionFromPoint
    ? document.caretPositionFromPoint(x, y) : null;
  if (!caret) return null;
  let node = caret.offsetNode, offset = caret.offset;
  const el = node.nodeType === Node.ELEMENT_NODE
    ? /** @type {Element} */ (node) : node.parentElement;
  const block = /** @type {HTMLElement | null} */ (el && el.closest("[data-b]"));
  if (!el || !block) return null;
  const annotation = el.closest("rt, rp");
  if (annotation) { node = annotation.closest("ruby") || block; offset = 0; }
  return { b: blockId(block), o: offsetOf(block, node, offset) };
}
