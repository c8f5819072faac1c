// @ts-check
// Margin markers for notes: a button beside the first line of each highlight that
// has a note. The note text is set as text, never as markup.

import { vertical } from "./geometry.js";

/** @typedef {import("./highlights.js").PageHighlight} PageHighlight */

/**
 * Make one marker for each highlight with a note, and place them.
 * @param {readonly PageHighlight[]} highlights
 */
export function layoutMarkers(highlights) {
  document.querySelectorAll(".note-marker").forEach((m) => m.remove());
  const main = document.querySelector("main.doc");
  if (!main) return;
  for (const h of highlights) {
    if (!h.note || h.ranges.length === 0) continue;
    const marker = document.createElement("button");
    marker.className = "note-marker lbl";
    marker.type = "button";
    marker.textContent = "✎";
    marker.dataset["id"] = h.id;
    marker.setAttribute("aria-label", h.note);
    marker.title = h.note; // hovering shows the note (as text)
    main.appendChild(marker);
  }
  placeMarkers(highlights);
}

/**
 * Markers follow their highlight: blocks above may change size as they come into
 * view, so place them again whenever the reading position is reported.
 * @param {readonly PageHighlight[]} highlights
 */
export function placeMarkers(highlights) {
  const markers = document.querySelectorAll(".note-marker");
  const main = document.querySelector("main.doc");
  if (markers.length === 0 || !main) return;
  const base = main.getBoundingClientRect();
  const byId = new Map(highlights.map((h) => [h.id, h]));
  // Measure every marker's place first, then move them: one layout, not one each.
  const places = Array.from(markers, (marker) => {
    const h = byId.get(/** @type {HTMLElement} */ (marker).dataset["id"] ?? "");
    return h && h.ranges.length ? h.ranges[0].getBoundingClientRect() : null;
  });
  const vert = vertical();
  markers.forEach((marker, i) => {
    const rect = places[i], style = /** @type {HTMLElement} */ (marker).style;
    if (!rect) return;
    if (vert) {
      style.left = (rect.left - base.left) + "px";
      style.top = "0.2em";
    } else {
      style.top = (rect.top - base.top) + "px";
      style.left = "0.3em";
    }
  });
}
