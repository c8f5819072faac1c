// @ts-check
// Where the reader is: the block at the top of the pane and how far into it, as
// Python stores it (block id and a fraction of the block), reported on scroll.

import { sectionGroups } from "./blocks.js";
import { bridge } from "./channel.js";
import { along, firstReaching, fractionPast, reaches } from "./geometry.js";
import { drawn, fractionInParts, partsOf } from "./parts.js";

/**
 * A reading position: the top block, the fraction of it above the pane's start,
 * and how far below the start the block begins (at the top of the page).
 * @typedef {{ block: string, fraction: number, gap?: number }} Position
 */

/** A block put at the top keeps this much room before it (scrolling.js); what
 * the room shows of the block before (in 縦書き, turns touch) is not the top. */
const ROOM = 11;

/** The block at the top of the pane, or null on a page without blocks. */
export function topBlock() {
  const groups = sectionGroups();
  const group = groups.find((g) => reaches(g.el, ROOM)) || groups[groups.length - 1];
  if (!group) return null;
  return group.blocks[firstReaching(group.blocks, ROOM)] || null;
}

/** The block at the top of the pane, or its part there if it comes in parts. */
export function topElement() {
  const el = topBlock();
  const list = el && partsOf(el);
  return list ? list[firstReaching(list)] : el;
}

/** The reading position, or null on a page without blocks.
 * @returns {Position | null} */
export function position() {
  const el = topBlock();
  if (!el) return null;
  const a = along(el.getBoundingClientRect());
  const list = partsOf(el);
  const fraction = list ? fractionInParts(el, list) : fractionPast(a);
  return { block: el.dataset["b"] ?? "", fraction: fraction, gap: Math.max(a.pos, 0) };
}

/** @type {(() => void)[]} */
const beforeReport = [];

/**
 * Run `fn` before each report (things placed by measuring, which move as blocks
 * coming into view are laid out).
 * @param {() => void} fn
 */
export function onReport(fn) {
  beforeReport.push(fn);
}

/** @type {string | null} */
let lastTop = null;

/** Tell Python the reading position (and the top block, when it changed). */
export function report() {
  for (const fn of beforeReport) fn();
  const pos = position();
  const link = bridge();
  if (!pos || !link) return;
  if (pos.block !== lastTop) {
    lastTop = pos.block;
    link.topBlockChanged(pos.block);
  }
  link.positionChanged(pos.block, pos.fraction);
}

/**
 * Tell Python once fonts are loaded and the blocks in view have been drawn
 * (blocks off screen skip rendering until they come into view).
 */
export function whenPainted() {
  let frames = 0;
  const check = () => {
    const top = topElement();
    const ready = !top || drawn(top);
    if (ready || ++frames > 120) {
      requestAnimationFrame(() => requestAnimationFrame(() => {
        bridge()?.pagePainted();
      }));
    } else {
      requestAnimationFrame(check);
    }
  };
  void document.fonts.ready.then(() => requestAnimationFrame(check));
}
