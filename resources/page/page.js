// @ts-check
// The reading page's script. It reports the reading position and selections to
// Python through QWebChannel, and applies aids, theme and layout without touching
// the text. This module wires the others together: the page's API (window.yomu),
// the page's events, and the channel. Offsets are code points into a block's base
// text (offsets.js).
//
// Modules: offsets (text ↔ offsets), blocks (the block index), geometry, parts
// (long blocks), position (where the reader is), scrolling (putting a position at
// the top), settings, highlights and markers, toolbar, reveals, lists (shared with
// Python), api (window.yomu), channel (the bridge to Python).

import { expose } from "./api.js";
import { indexBlocks } from "./blocks.js";
import { bridge, connect } from "./channel.js";
import {
  chunkCounts, fillChunk, onFill, setProgress, watchPlaceholders, whenBlock,
} from "./chunks.js";
import {
  flashHighlight, highlightAt, highlightCount, highlightPieces, highlightText,
  layoutNoteMarkers,
  placeHighlights, placeNoteMarkers, putHighlight, removeHighlight, setHighlights,
} from "./highlights.js";
import { along, scrollAlong, vertical } from "./geometry.js";
import { findApi, placeFindMarks } from "./find.js";
import { offsetAtPoint, rangeFor, selectionRanges, selectRange } from "./offsets.js";
import { onReport, position, report, topBlock, whenPainted } from "./position.js";
import { restoreReveals, toggleReveal } from "./reveals.js";
import {
  keepingPosition, letReaderTakeOver, onReflow, scrollToBlock, scrollToPosition, settling,
} from "./scrolling.js";
import { settingsApi } from "./settings.js";
import "./speakers.js";
import { installToolbar, setToolbarLabels } from "./toolbar.js";
import { installVerticalScrolling } from "./vertical.js";
import { installEnds } from "./ends.js";

/**
 * Swap in new markup for blocks (readings arriving after the page was shown).
 * @param {Record<string, string>} map block id → the block's new element
 */
function replaceBlocks(map) {
  keepingPosition(() => {
    for (const [id, html] of Object.entries(map)) {
      const el = document.getElementById(id);
      if (el) el.outerHTML = html;
    }
    indexBlocks();
    placeHighlights();
    placeFindMarks();
    restoreReveals();
  });
  return true;
}

/** Copy base text only: Chromium would copy the readings (rt) too.
 * @param {ClipboardEvent} event */
function onCopy(event) {
  const parts = selectionRanges();
  if (parts.length === 0 || !event.clipboardData) return;
  event.clipboardData.setData("text/plain", parts.map((p) => p.text).join("\n"));
  event.preventDefault();
}

/** Links open outside; markers and highlights open their note; a click on a word
 * reveals its reading when furigana show on hover.
 * @param {MouseEvent} event */
function onClick(event) {
  if (!(event.target instanceof Element)) return;
  const target = event.target;
  const link = target.closest("a[href]");
  if (link) {
    event.preventDefault();
    bridge()?.openLink(link.getAttribute("href") ?? "");
    return;
  }
  const marker = /** @type {HTMLElement | null} */ (target.closest(".note-marker"));
  if (marker) {
    bridge()?.highlightClicked(marker.dataset["id"] ?? "");
    return;
  }
  const sel = window.getSelection();
  if (sel && sel.isCollapsed && !target.closest(".sel-tools")) {
    const h = highlightAt(event.clientX, event.clientY);
    const link = bridge();
    if (h && link) { link.highlightClicked(h.id); return; }
  }
  const ruby = target.closest("ruby.f");
  if (ruby && document.body.classList.contains("furi-hover")) toggleReveal(ruby);
}

function listen() {
  document.addEventListener("copy", onCopy);
  document.addEventListener("click", onClick);
  let pending = false;
  window.addEventListener("scroll", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; report(); });
  }, { passive: true });
  document.addEventListener("selectionchange", () => {
    bridge()?.selectionChanged(JSON.stringify(selectionRanges()));
  });
  window.addEventListener("resize", layoutNoteMarkers);
}

/**
 * Scroll so that a point of a block's text is in view, laying out its chunk first
 * if it is not on the page (find hits, look-ups, notes in parts not yet shown).
 * @param {string} id
 * @param {number} offset code points into the block
 */
function scrollToOffset(id, offset) {
  whenBlock(id, () => {
    const range = rangeFor(id, offset, offset);
    if (!range) return;
    const a = along(range.getBoundingClientRect());
    scrollAlong(a.pos - (vertical() ? 0 : window.innerHeight / 3));
    report();
  });
  return true;
}

/**
 * Show a highlight, laying out the chunk of its first piece if need be.
 * @param {string} id
 */
function showHighlight(id) {
  if (flashHighlight(id)) return true;
  const first = highlightPieces(id)?.[0];
  if (!first) return false;
  whenBlock(first.b, () => { flashHighlight(id); });
  return true;
}

letReaderTakeOver();
installToolbar();
installVerticalScrolling();
installEnds();
onReport(placeNoteMarkers);
onReflow(layoutNoteMarkers);
onFill(() => { placeHighlights(); placeFindMarks(); restoreReveals(); layoutNoteMarkers(); });
listen();
indexBlocks();
expose({
  /** @param {number} k @param {string[]} segments */
  fillChunk(k, segments) { return fillChunk(k, segments, keepingPosition); },
  chunkCounts,
  setProgress,
  scrollToOffset,
  ...settingsApi,
  ...findApi,
  scrollToBlock,
  position,
  restorePosition: scrollToPosition,
  settling,
  topBlock() { return topBlock()?.dataset["b"] ?? null; },
  selectionRanges,
  /** @param {string} id @param {number} start @param {number} end @param {string} [endId] */
  selectBlockRange(id, start, end, endId) { return selectRange(id, start, end, endId); },
  setHighlights,
  putHighlight,
  removeHighlight,
  replaceBlocks,
  flashHighlight: showHighlight,
  highlightCount,
  highlightText,
  clearSelection() { window.getSelection()?.removeAllRanges(); },
  setToolbarLabels,
  offsetAt: offsetAtPoint,
  rangeFor, // for page scripts that are not modules (a Range: not for Python)
  bridge, // likewise: the channel's bridge, or null before it is open (lookup.js)
  whenPainted,
});
connect(() => { report(); watchPlaceholders(); });
