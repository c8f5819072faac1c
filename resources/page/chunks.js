// @ts-check
// A long text comes in chunks (reader/core/page/chunks.py): the page starts with
// the chunk at the reader's position, and every other chunk is an empty element
// (class "ph") sized by an estimate. A placeholder that comes near the screen asks
// Python for its chunk; so does anything that needs a block not yet on the page
// (a jump, a restored position, a highlight, a find hit): whenBlock() runs it once
// the block is there. Filling a chunk keeps what is on screen where it is.

import { indexBlocks } from "./blocks.js";
import { bridge } from "./channel.js";
import { along, scrollAlong, vertical } from "./geometry.js";

/** @type {Map<string, (() => void)[]>} block id → what waits for it */
const waiting = new Map();
/** @type {Set<number>} chunks asked for and not yet come */
const asked = new Set();
/** @type {(() => void)[]} */
const afterFill = [];
/** Filled chunks farther than this many screens from the viewport are emptied. */
const KEEP_SCREENS = 6;

/**
 * Run `fn` after each chunk put into the page (highlights, reveals, markers).
 * @param {() => void} fn
 */
export function onFill(fn) {
  afterFill.push(fn);
}

/** @param {number} k */
function elementsOf(k) {
  return Array.from(document.querySelectorAll(`.chunk[data-c="${k}"]`),
    (el) => /** @type {HTMLElement} */ (el));
}

/** @param {number} k */
function ask(k) {
  if (asked.has(k)) return;
  const link = bridge();
  if (!link) return; // asked again by the observer once the channel is open
  asked.add(k);
  link.needChunk(k);
}

/**
 * Run `fn` once block `id` is on the page (now, if it is). A block that comes with
 * no chunk (an unknown id) never runs it.
 * @param {string} id
 * @param {() => void} fn
 */
export function whenBlock(id, fn) {
  if (document.getElementById(id)) { fn(); return; }
  const list = waiting.get(id);
  if (list) { list.push(fn); return; }
  waiting.set(id, [fn]);
  bridge()?.needBlock(id);
}

/**
 * The chunk element to hold in place: the first filled one in view (the text the
 * reader sees), else the one at the viewport's start (a placeholder, or none).
 */
function anchorElement() {
  const list = Array.from(document.querySelectorAll(".chunk"),
    (el) => /** @type {HTMLElement} */ (el));
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = along(list[mid].getBoundingClientRect());
    if (a.pos + a.size > 0) { found = mid; hi = mid - 1; } else lo = mid + 1;
  }
  if (found < 0) return list[list.length - 1] || null;
  const end = vertical() ? window.innerWidth : window.innerHeight;
  for (let i = found; i < list.length; i++) {
    if (along(list[i].getBoundingClientRect()).pos >= end) break;
    if (!list[i].classList.contains("ph")) return list[i];
  }
  return list[found];
}

/**
 * Put a chunk's markup into its elements, keeping the text on screen in place: a
 * chunk before the screen moves what follows by its change of size, which is
 * scrolled back; a placeholder under the viewport's start keeps its fraction.
 * A chunk already filled (its readings came) is replaced through `keep`, which
 * holds the top paragraph in place.
 * @param {number} k
 * @param {string[]} segments one per element of the chunk, in page order
 * @param {(change: () => void) => void} keep
 */
export function fillChunk(k, segments, keep) {
  asked.delete(k);
  const els = elementsOf(k);
  if (els.length === 0) return false;
  const anchor = anchorElement();
  const put = () => {
    els.forEach((el, i) => {
      el.innerHTML = segments[i] ?? "";
      el.classList.remove("ph");
      el.style.blockSize = ""; // a chunk emptied before kept its size inline
    });
    indexBlocks();
  };
  holdNativeAnchoring();
  if (!anchor) put();
  else if (els.includes(anchor) && !anchor.classList.contains("ph")) keep(put);
  else keepAnchor(anchor, put);
  for (const fn of afterFill) fn();
  runWaiting();
  dropFarChunks(k); // not this one: a jump to it may scroll there on a later frame
  return true;
}

/**
 * Empty the filled chunks far from the screen, each into a placeholder of the size
 * it has, so that nothing moves; it asks for its markup again when it comes near.
 * Reading a novel through kept every chunk it had shown: 2.3 GB for the 1M text,
 * against 0.47 GB at its start. A chunk holding the selection stays, and so does
 * chunk `keep`.
 * @param {number} keep
 */
export function dropFarChunks(keep) {
  const screen = vertical() ? window.innerWidth : window.innerHeight;
  const far = KEEP_SCREENS * screen;
  /** @type {Map<string, HTMLElement[]>} */
  const byChunk = new Map();
  for (const node of document.querySelectorAll(".chunk")) {
    const el = /** @type {HTMLElement} */ (node);
    const k = el.dataset["c"] ?? "";
    const els = byChunk.get(k);
    if (els) els.push(el); else byChunk.set(k, [el]);
  }
  const selection = window.getSelection();
  /** @type {number[]} */
  const dropped = [];
  for (const [k, els] of byChunk) {
    if (Number(k) === keep || els.some((el) => el.classList.contains("ph"))) continue;
    const away = els.every((el) => {
      const a = along(el.getBoundingClientRect());
      return a.pos + a.size < -far || a.pos > screen + far;
    });
    if (!away || els.some((el) => selection?.containsNode(el, true))) continue;
    for (const el of els) {
      el.style.blockSize = `${along(el.getBoundingClientRect()).size}px`;
      el.classList.add("ph");
      el.replaceChildren();
    }
    dropped.push(Number(k));
  }
  if (dropped.length === 0) return;
  indexBlocks();
  const link = bridge();
  for (const k of dropped) link?.chunkDropped(k);
}

let held = 0;

/** Turn Chromium's scroll anchoring off until two frames after the last fill: its
 * adjustment, made at the next frame, would come on top of the page's own. */
function holdNativeAnchoring() {
  const root = document.documentElement;
  root.classList.add("no-anchor");
  const mine = ++held;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    if (mine === held) root.classList.remove("no-anchor");
  }));
}

/**
 * Run `change`, then scroll so that `anchor` is where it was (a placeholder under
 * the viewport's start: the same fraction of it there).
 * @param {HTMLElement} anchor
 * @param {() => void} change
 */
function keepAnchor(anchor, change) {
  const before = along(anchor.getBoundingClientRect());
  const empty = anchor.classList.contains("ph");
  const inside = empty && before.pos < 0 && before.size > 0 ? -before.pos / before.size : 0;
  change();
  const after = along(anchor.getBoundingClientRect());
  const target = inside > 0 ? after.pos + inside * after.size : after.pos - before.pos;
  if (Math.abs(target) >= 0.5) scrollAlong(target);
}

function runWaiting() {
  for (const [id, list] of Array.from(waiting)) {
    if (!document.getElementById(id)) continue;
    waiting.delete(id);
    for (const fn of list) fn();
  }
}

/** Placeholders near the screen ask for their chunks (every chunk is watched: a
 * filled one may be emptied later, far from the screen). */
export function watchPlaceholders() {
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const el = /** @type {HTMLElement} */ (e.target);
      if (e.isIntersecting && el.classList.contains("ph")) ask(Number(el.dataset["c"]));
    }
  }, { rootMargin: "150%" });
  for (const el of document.querySelectorAll(".chunk")) observer.observe(el);
  return observer;
}

/** How many chunks the page has, and how many are filled (for tests). */
export function chunkCounts() {
  const all = new Set(Array.from(document.querySelectorAll(".chunk"),
    (el) => /** @type {HTMLElement} */ (el).dataset["c"]));
  const empty = new Set(Array.from(document.querySelectorAll(".chunk.ph"),
    (el) => /** @type {HTMLElement} */ (el).dataset["c"]));
  return { chunks: all.size, filled: all.size - empty.size };
}

/** A small note in the reading pane while readings are computed ("" hides it).
 * @param {string} text */
export function setProgress(text) {
  let el = document.getElementById("yomu-progress");
  if (!el) {
    el = document.createElement("div");
    el.id = "yomu-progress";
    el.className = "progress-note";
    el.setAttribute("role", "status");
    document.body.append(el);
  }
  el.textContent = text;
  el.hidden = !text;
}
