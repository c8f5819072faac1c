// @ts-check
// The selection toolbar: a swatch per highlight colour, underline and note. It
// shows over a selection of base text and asks Python to annotate it.

import { bridge } from "./channel.js";
import { lists } from "./lists.js";
import { selectionRanges } from "./offsets.js";

/** Make the toolbar (hidden) and show it whenever a selection ends. */
export function installToolbar() {
  const tools = makeTools();
  document.body.appendChild(tools);
  tools.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  tools.addEventListener("click", (e) => {
    const b = e.target instanceof Element ? e.target.closest("button") : null;
    const link = bridge();
    if (!b || !link) return;
    if (b.dataset["color"]) link.highlightSelection(b.dataset["color"], "highlight", false);
    else if (b.classList.contains("underline")) link.highlightSelection("", "underline", false);
    else link.highlightSelection("", "", true);
    tools.hidden = true;
  });
  document.addEventListener("mouseup", () => setTimeout(() => placeTools(tools), 0));
  document.addEventListener("keyup", (e) => { if (e.shiftKey) placeTools(tools); });
  window.addEventListener("resize", () => { tools.hidden = true; });
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
 * Show the toolbar over the selection, or hide it when nothing is selected.
 * @param {HTMLElement} tools
 */
function placeTools(tools) {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || selectionRanges().length === 0) { tools.hidden = true; return; }
  const rect = sel.getRangeAt(0).getBoundingClientRect();
  tools.hidden = false;
  const top = rect.top + window.scrollY - tools.offsetHeight - 8;
  tools.style.top = Math.max(top, window.scrollY + 4) + "px";
  tools.style.left = Math.max(rect.left + window.scrollX, window.scrollX + 4) + "px";
}
