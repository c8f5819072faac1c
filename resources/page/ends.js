// @ts-check
// Home and End land at the text's ends and stay there. Sections off screen are not
// laid out (content-visibility, page.css): their size is an estimate until they are
// drawn, so the page's length changes as the ones at an end come into view, and End
// stopped short of the end (a test saw 193 px). For some frames after the key, the
// page goes to that end again until its length holds; the reader's next wheel turn,
// key or click ends that.

import { vertical } from "./geometry.js";

/** Frames to hold an end: enough for the sections there to be drawn. */
const FRAMES = 20;
let holding = 0;

/**
 * The scroll position of the page's start or end, along the text (vertical-rl
 * reads on towards negative scrollX).
 * @param {boolean} end
 */
function edge(end) {
  const root = document.documentElement;
  if (!end) return 0;
  return vertical() ? -(root.scrollWidth - window.innerWidth)
    : root.scrollHeight - window.innerHeight;
}

/** @param {boolean} end */
function holdAt(end) {
  const mine = ++holding;
  let frames = 0;
  const step = () => {
    if (mine !== holding) return;
    const target = edge(end);
    const now = vertical() ? window.scrollX : window.scrollY;
    if (Math.abs(now - target) >= 1) {
      window.scrollTo(vertical() ? { left: target, behavior: "instant" }
        : { top: target, behavior: "instant" });
    }
    if (++frames < FRAMES) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** @param {KeyboardEvent} e */
function onKey(e) {
  const typing = e.target instanceof HTMLElement
    && (e.target.isContentEditable || e.target.closest("input, textarea") !== null);
  if ((e.key === "End" || e.key === "Home") && !e.altKey && !e.metaKey && !typing) {
    holdAt(e.key === "End"); // after the key's own scroll (vertical.js, or Chromium's)
  } else {
    holding++; // the reader goes elsewhere
  }
}

/** Listen for Home and End (and for the reader taking over). */
export function installEnds() {
  document.addEventListener("keydown", onKey);
  for (const type of ["wheel", "mousedown", "touchstart"]) {
    window.addEventListener(type, () => { holding++; }, { passive: true, capture: true });
  }
}
