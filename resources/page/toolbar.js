// @ts-check
// The selection toolbar: a swatch per highlight colour, underline and note. It
// shows beside a selection of base text (never over it) and asks Python to
// annotate it. It closes when its work is done, on Escape and when the selection
// goes, and follows the selection when the page reflows (an aid switch).

import { bridge } from "./channel.js";
import { lists } from "./lists.js";
import { selectionRanges } from "./offsets.js";
import { onReflow } from "./scrolling.js";

/** The selection the toolbar was closed for (by a choice or Escape): it does not
 * come back for the same selection. */
let dismissed = "";

/** Make the toolbar (hidden) and show it whenever a selection ends. */
export function installToolbar() {
  const tools = makeTools();
  document.body.appendChild(tools);
  tools.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  tools.addEventListener("click", (e) => {
    const b = e.target instanceof Element ? e.target.closest("button") : null;
    const link = bridge();
    if (!b || !link) return;
    close(tools);
    if (b.dataset["color"]) link.highlightSelection(b.dataset["color"], "highlight", false);
    else if (b.classList.contains("underline")) link.highlightSelection("", "underline", false);
    else link.highlightSelection("", "", true);
  });
  document.addEventListener("mouseup", () => setTimeout(() => placeTools(tools), 0));
  document.addEventListener("keyup", (e) => { if (e.shiftKey) placeTools(tools); });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tools.hidden) { close(tools); e.preventDefault(); }
  });
  document.addEventListener("selectionchange", () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed) { tools.hidden = true; dismissed = ""; }
  });
  window.addEventListener("resize", () => { tools.hidden = true; });
  onReflow(() => { if (!tools.hidden) placeTools(tools); });
}

/**
 * Name the toolbar's buttons (their tool tips) in the interface language.
 * @param {Record<string, string>} labels colour → name, and "underline", "note"
 */
export function setToolbarLabels(labels) {
  for (const b of document.querySelectorAll(".sel-tools button")) {
    const key = /** @type {HTMLElement} */ (b).dataset["color"]
      || (b.classList.contains("underline") ? "underline" : "note");
    const label = labels[key];
    if (label) /** @type {HTMLElement} */ (b).title = label;
  }
  return true;
}

/**
 * Close the toolbar for the current selection.
 * @param {HTMLElement} tools
 */
function close(tools) {
  tools.hidden = true;
  dismissed = JSON.stringify(selectionRanges());
}

function makeTools() {
  const tools = document.createElement("div");
  tools.className = "sel-tools lbl";
  tools.hidden = true;
  for (const color of lists.colors) {
    const b = button("swatch " + color, "");
    b.dataset["color"] = color;
    b.title = color;
    tools.appendChild(b);
  }
  tools.appendChild(button("underline", "U"));
  tools.appendChild(button("note", "✎"));
  return tools;
}

/**
 * @param {string} className
 * @param {string} label
 */
function button(className, label) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  if (label) b.textContent = label;
  return b;
}

/**
 * Show the toolbar above the selection, or below it where there is no room above,
 * clear of its readings; hide it when nothing is selected.
 * @param {HTMLElement} tools
 */
function placeTools(tools) {
  const sel = window.getSelection();
  const ranges = selectionRanges();
  if (!sel || sel.isCollapsed || ranges.length === 0 || JSON.stringify(ranges) === dismissed) {
    tools.hidden = true;
    return;
  }
  const rect = sel.getRangeAt(0).getBoundingClientRect();
  // Room for the furigana over the first line and the romaji under the last.
  const ruby = parseFloat(getComputedStyle(document.body).fontSize) * 0.8;
  tools.hidden = false;
  const [width, height] = [tools.offsetWidth, tools.offsetHeight];
  const above = rect.top - ruby - height;
  const below = rect.bottom + ruby;
  let top = above >= 4 ? above : below;
  let left = Math.min(rect.left, window.innerWidth - width - 4);
  if (above < 4 && below + height > window.innerHeight - 4) {
    // Columns of vertical writing from top to bottom: beside them instead.
    top = Math.max(rect.top, 4);
    left = rect.left - ruby - width >= 4 ? rect.left - ruby - width : rect.right + ruby;
  }
  tools.style.top = top + window.scrollY + "px";
  tools.style.left = Math.max(left, 4) + window.scrollX + "px";
}
