// @ts-check
// Furigana shown on hover can also be revealed by a click. Readings revealed stay
// revealed for the session, even when the blocks are replaced (readings arriving,
// a reading fixed): they are keyed by place (block and offset), not by element.

import { offsetOf } from "./offsets.js";

/** @type {Set<string>} */
const revealed = new Set();

/**
 * Where a ruby element stands: its block and the offset of its base text.
 * @param {Element} ruby
 */
function rubyKey(ruby) {
  const block = /** @type {HTMLElement | null} */ (ruby.closest("[data-b]"));
  const parent = ruby.parentNode;
  if (!block || !parent) return "";
  const offset = offsetOf(block, parent, Array.prototype.indexOf.call(parent.childNodes, ruby));
  return block.dataset["b"] + ":" + offset;
}

/**
 * Reveal a reading, or hide it again.
 * @param {Element} ruby
 */
export function toggleReveal(ruby) {
  const key = rubyKey(ruby);
  if (revealed.has(key)) revealed.delete(key); else revealed.add(key);
  ruby.classList.toggle("shown", revealed.has(key));
}

/** Reveal again what was revealed (after blocks were replaced). */
export function restoreReveals() {
  if (revealed.size === 0) return;
  document.querySelectorAll("ruby.f").forEach((ruby) => {
    if (revealed.has(rubyKey(ruby))) ruby.classList.add("shown");
  });
}
