// @ts-check
// End lands at the text's end and stays there. Sections off screen are not laid
// out (content-visibility, page.css): their size is an estimate until they are
// drawn, so the page's length changes as the last ones come into view, and End
// stopped short of the end (a test saw 193 px). For some frames after the key, the
// page goes to the end again while its length changes; the reader's next wheel
// turn, key or click lets go. (Home needs nothing: the start does not move.)

import { vertical } from "./geometry.js";
import { onReaderTakeOver } from "./scrolling.js";

/** Frames to hold the end: enough for the sections there to be drawn. */
const FRAMES = 20;
let holding = 0;

/** The scroll position of the page's end (vertical-rl reads on towards negative
 * scrollX). */
function end() {
  const root = document.documentElement;
  return vertical() ? -(root.scrollWidth - window.innerWidth)
    : root.scrollHeight - window.innerHeight;
}

function holdAtEnd() {
  const mine = ++holding;
  let frames = 0;
  const step = () => {
    if (mine !== holding) return;
    const target = end();
    if (Math.abs((vertical() ? window.scrollX : window.scrollY) - target) >= 1) {
      window.scrollTo(vertical() ? { left: target, behavior: "instant" }
        : { top: target, behavior: "instant" });
    }
    if (++frames < FRAMES) requestAnimationFrame(step);
  };
  requestAnimationFrame(step); // after the key's own scroll (vertical.js, or Chromium's)
}

/** @param {KeyboardEvent} e */
function onKey(e) {
  const typing = e.target instanceof HTMLElement
    && (e.target.isContentEditable || e.target.closest("input, textarea") !== null);
  if (e.key === "End" && !e.altKey && !e.metaKey && !typing) holdAtEnd();
}

/** Listen for End; any other input of the reader lets go of the end. */
export function installEnds() {
  onReaderTakeOver(() => { holding++; });
  document.addEventListener("keydown", onKey);
}
