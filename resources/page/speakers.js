// @ts-check
// Following one speaker: the other speakers' turns are dimmed. The turns carry
// their speaker (data-speaker, reader/core/page/layout.py); one generated rule
// matches every turn of the others, so blocks swapped in later follow too.

import { expose } from "./api.js";

/**
 * Dim every turn not spoken by `name`; an empty name shows everyone again.
 * @param {string} name
 */
function followSpeaker(name) {
  let style = document.getElementById("follow-speaker");
  if (!style) {
    style = document.createElement("style");
    style.id = "follow-speaker";
    document.head.append(style);
  }
  document.body.classList.toggle("follow-speaker", !!name);
  style.textContent = name
    ? `body.follow-speaker .turn:not([data-speaker="${CSS.escape(name)}"]) { opacity: 0.38; }`
    : "";
  return true;
}

expose({ followSpeaker });
