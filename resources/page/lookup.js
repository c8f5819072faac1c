// @ts-check
// The look-up popup: a click on a word (or Shift+hover, or a key on a selection in
// the window) asks Python for the word at that point of the base text; Python
// answers with plain data (window.yomuLookup.show), set here as text, never as
// markup: dictionary text is data. The popup floats over the text in its own layer
// (position: absolute), so the text never moves. Talks to the page through
// window.yomu (offsetAt, rangeFor) and to Python through the channel's bridge.
"use strict";

(function () {
  let config = { click: true, hover: "shift" };
  // The popup's own words, in the interface language (configure() sends them).
  /** @type {Record<string, string>} */
  let labels = {
    names: "Names", shorter: "Shorter words", alsoRead: "Also read",
    unsure: "the engine was unsure", kanji: "Kanji", copy: "Copy", known: "I know this word",
    add: "Add to vocabulary",
    keys: "← → words · Esc closes", common: "common",
  };
  /** @type {any} */ let current = null;  // the data shown: {b, s, e, words, …}
  let chosenSense = 0;  // the best word's sense the reader picked (a click on it)
  let mouse = { x: -1, y: -1 };
  let hoverPending = false;

  const popup = document.createElement("div");
  popup.className = "lookup lbl";
  popup.hidden = true;
  popup.setAttribute("role", "dialog");
  popup.setAttribute("lang", "ja");
  document.body.appendChild(popup);

  // The channel's bridge, once page.js has connected it (this script may load after).
  /** @param {object} request */
  function ask(request) {
    const y = /** @type {any} */ (window).yomu;
    const channel = y && y.bridge ? y.bridge() : null;
    if (channel) channel.lookup(JSON.stringify(request));
  }

  // ---- building the popup (text only) ------------------------------------------------
  /**
   * @param {string} tag
   * @param {string} cls
   * @param {string | null} [text]
   * @returns {HTMLElement}
   */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** @param {any} word @param {boolean} full */
  function wordPart(word, full) {
    const box = el("section", full ? "lu-word best" : "lu-word");
    const head = el("div", "lu-head");
    head.appendChild(el("span", "lu-surface", word.surface));
    if (word.form !== word.surface) {
      head.appendChild(el("span", "lu-arrow", "→"));
      head.appendChild(el("span", "lu-form", word.form));
    }
    head.appendChild(el("span", "lu-kana", word.reading));
    head.appendChild(el("span", "lu-romaji", word.romaji));
    if (word.common) head.appendChild(el("span", "lu-badge common", labels.common));
    if (full && word.priority.length) {
      head.appendChild(el("span", "lu-prio", word.priority.join(" · ")));
    }
    box.appendChild(head);
    if (word.inflection) box.appendChild(el("div", "lu-infl", word.inflection));
    const senses = el("ol", "lu-senses");
    for (const [i, sense] of (full ? word.senses : word.senses.slice(0, 2)).entries()) {
      const li = el("li", full && i === chosenSense ? "chosen" : "");
      if (full) li.dataset["sense"] = String(i);
      if (sense.pos.length) li.appendChild(el("span", "lu-pos", sense.pos.join(", ")));
      li.appendChild(el("span", "lu-gloss", sense.glosses.join("; ")));
      if (sense.notes.length) li.appendChild(el("span", "lu-notes", sense.notes.join(", ")));
      senses.appendChild(li);
    }
    box.appendChild(senses);
    return box;
  }

  /** @param {any[]} names */
  function namesPart(names) {
    const box = el("section", "lu-names");
    box.appendChild(el("div", "lu-title", labels.names));
    for (const n of names) {
      const row = el("div", "lu-name");
      row.appendChild(el("span", "lu-surface", n.surface));
      row.appendChild(el("span", "lu-kana", n.reading));
      row.appendChild(el("span", "lu-romaji", n.romaji));
      row.appendChild(el("span", "lu-gloss", n.glosses.join("; ")));
      row.appendChild(el("span", "lu-kind", n.kinds.join(", ")));
      box.appendChild(row);
    }
    return box;
  }

  /** @param {any} data */
  function alternativePart(data) {
    const best = data.words[0];
    const alt = data.alternative;
    if (!alt || !best) return null;
    const box = el("div", "lu-alt");
    box.appendChild(el("span", "", labels.alsoRead));
    box.appendChild(el("span", "lu-kana", alt));
    box.appendChild(el("span", "lu-note", labels.unsure));
    return box;
  }

  function toolsPart() {
    const bar = el("div", "lu-tools");
    const kanji = el("button", "lu-kanji-button", labels.kanji);
    kanji.setAttribute("type", "button");
    kanji.title = "Kanji details (K)";
    const copy = el("button", "lu-copy", labels.copy);
    copy.setAttribute("type", "button");
    copy.title = "Copy the entry (C)";
    const known = el("button", "lu-known", labels.known);
    known.setAttribute("type", "button");
    known.title = "I know this word: hide its furigana (N)";
    bar.appendChild(kanji);
    bar.appendChild(copy);
    bar.appendChild(known);
    const add = el("button", "lu-add", labels.add);
    add.setAttribute("type", "button");
    add.title = "Add to vocabulary with the chosen sense (A)";
    bar.appendChild(add);
    bar.appendChild(el("span", "lu-keys", labels.keys));
    return bar;
  }

  /** @param {any} data */
  function fill(data) {
    popup.replaceChildren();
    if (data.error) {
      popup.appendChild(el("div", "lu-message", data.error));
      return;
    }
    const words = data.words.map((/** @type {any} */ w, /** @type {number} */ i) =>
      wordPart(w, i === 0));
    const names = data.names.length ? namesPart(data.names) : null;
    const alt = alternativePart(data);
    if (names && data.nameFirst) popup.appendChild(names);
    if (words.length) {
      popup.appendChild(words[0]);
      if (alt) words[0].insertBefore(alt, words[0].children[1] || null);
    }
    if (words.length > 1) {
      const more = el("div", "lu-more");
      more.appendChild(el("div", "lu-title", labels.shorter));
      for (const w of words.slice(1)) more.appendChild(w);
      popup.appendChild(more);
    }
    if (names && !data.nameFirst) popup.appendChild(names);
    popup.appendChild(el("div", "lu-kanji"));
    if (words.length) popup.appendChild(toolsPart());
  }

  /**
   * KANJIDIC2's grade in words: 1–6 school grades, 8 jōyō, 9–10 jinmeiyō.
   * @param {number | null} grade
   */
  function gradeLabel(grade) {
    if (!grade) return "";
    if (grade <= 6) return "grade " + grade;
    return grade === 8 ? "jōyō" : "jinmeiyō";
  }

  /** @param {any[]} list */
  function showKanji(list) {
    const box = popup.querySelector(".lu-kanji");
    if (!box || popup.hidden) return false;
    box.replaceChildren();
    for (const k of list) {
      const row = el("div", "lu-k");
      row.appendChild(el("span", "lu-k-literal", k.literal));
      const facts = el("div", "lu-k-facts");
      facts.appendChild(el("div", "lu-k-meanings", k.meanings.join(", ")));
      const readings = el("div", "lu-k-readings");
      readings.appendChild(el("span", "lu-k-label", "on"));
      readings.appendChild(el("span", "lu-k-on", k.on.join("、") || "–"));
      readings.appendChild(el("span", "lu-k-label", "kun"));
      readings.appendChild(el("span", "lu-k-kun", k.kun.join("、") || "–"));
      facts.appendChild(readings);
      const numbers = [
        k.strokes ? k.strokes + " strokes" : "",
        gradeLabel(k.grade),
        k.jlpt ? "old JLPT " + k.jlpt : "", // KANJIDIC2's levels predate N5–N1
        k.frequency ? "frequency #" + k.frequency : "",
      ].filter((x) => x);
      facts.appendChild(el("div", "lu-k-numbers", numbers.join(" · ")));
      row.appendChild(facts);
      box.appendChild(row);
    }
    place();
    return true;
  }

  // ---- placing it next to the word ------------------------------------------------------
  function vertical() { return document.body.classList.contains("vertical"); }

  function wordRange() {
    const y = /** @type {any} */ (window).yomu;
    return current && y && y.rangeFor ? y.rangeFor(current.b, current.s, current.e) : null;
  }

  // Beside the word, inside the viewport: under it (over it if there is more room
  // there) in horizontal text, left of its column (else right) in vertical text. A
  // popup taller or wider than the room scrolls inside; it never covers the word.
  function place() {
    const range = wordRange();
    if (!range) return;
    const r = range.getBoundingClientRect();
    const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    const gap = 6, edge = 4;
    popup.style.maxHeight = popup.style.maxWidth = "";
    let x, y;
    if (vertical()) {
      const left = r.left - gap - edge, right = vw - r.right - gap - edge;
      const onLeft = popup.offsetWidth <= left || left >= right;
      popup.style.maxWidth = Math.max(onLeft ? left : right, 120) + "px";
      x = onLeft ? r.left - gap - popup.offsetWidth : r.right + gap;
      y = Math.max(edge, Math.min(r.top, vh - popup.offsetHeight - edge));
    } else {
      const below = vh - r.bottom - gap - edge, above = r.top - gap - edge;
      const under = popup.offsetHeight <= below || below >= above;
      popup.style.maxHeight = Math.max(under ? below : above, 80) + "px";
      y = under ? r.bottom + gap : r.top - gap - popup.offsetHeight;
      x = Math.max(edge, Math.min(r.left, vw - popup.offsetWidth - edge));
    }
    popup.style.left = (x + window.scrollX) + "px";
    popup.style.top = (y + window.scrollY) + "px";
  }

  // Bring the word into view when the arrow keys went past the screen's edge.
  function reveal() {
    const range = wordRange();
    if (!range) return;
    const r = range.getBoundingClientRect();
    const vw = window.innerWidth, vh = window.innerHeight;
    if (vertical() && (r.left < 0 || r.right > vw)) window.scrollBy(r.left - vw / 2, 0);
    if (!vertical() && (r.top < 0 || r.bottom > vh)) window.scrollBy(0, r.top - vh / 3);
  }

  function mark() {
    const range = wordRange();
    if (range) CSS.highlights.set("lookup", new Highlight(range));
    else CSS.highlights.delete("lookup");
  }

  /** @param {any} data */
  function show(data) {
    current = data;
    chosenSense = 0;
    const t = typeof data.t === "number" ? data.t : performance.now();
    const found = data.words.length + data.names.length > 0;
    popup.hidden = false;
    fill(data);
    reveal();
    mark();
    place();
    // Drawn: the frame after this one has been painted (a page that draws no frames,
    // hidden, still answers: 100 ms on).
    let told = false;
    const drawn = () => {
      if (!told) ask({ kind: "drawn", ms: performance.now() - t, found: found });
      told = true;
    };
    requestAnimationFrame(() => setTimeout(drawn, 0));
    setTimeout(drawn, 100);
    return true;
  }

  function close() {
    if (popup.hidden) return false;
    popup.hidden = true;
    current = null;
    CSS.highlights.delete("lookup");
    ask({ kind: "closed" });
    return true;
  }

  // ---- where the pointer is, in base-text offsets -----------------------------------------
  /**
   * @param {DOMRect} r @param {number} x @param {number} y
   */
  function inside(r, x, y) {
    return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
  }

  // The base-text character under (x, y): the caret's offset, or the one before it
  // (the caret lands after a character clicked on its far half); a reading over a
  // word counts as its word. Null over blank space.
  /** @param {number} x @param {number} y @param {Element | null} target */
  function pointAt(x, y, target) {
    const y_ = /** @type {any} */ (window).yomu;
    if (!y_ || !target || !target.closest("[data-b]") || target.closest(".lookup")) return null;
    const at = y_.offsetAt(x, y);
    if (!at) return null;
    if (target.closest("rt")) return at;
    for (const o of [at.o, at.o - 1]) {
      if (o < 0) continue;
      const range = y_.rangeFor(at.b, o, o + 1);
      if (range && Array.from(range.getClientRects()).some((r) => inside(r, x, y))) {
        return { b: at.b, o: o };
      }
    }
    return null;
  }

  // A click on a highlight opens its menu instead (page.js).
  /** @param {number} x @param {number} y */
  function onHighlight(x, y) {
    const caret = document.caretPositionFromPoint(x, y);
    if (!caret) return false;
    for (const [name, h] of CSS.highlights) {
      if (name === "lookup" || name === "flash") continue;
      for (const r of /** @type {any} */ (h)) {
        try {
          if (r.isPointInRange(caret.offsetNode, caret.offset) &&
              !(r.endContainer === caret.offsetNode && r.endOffset === caret.offset)) {
            return true;
          }
        } catch { /* a node outside the document */ }
      }
    }
    return false;
  }

  /** @param {{b: string, o: number}} at @param {number} t */
  function lookAt(at, t) {
    if (current && !popup.hidden && at.b === current.b && at.o >= current.s && at.o < current.e) {
      return false;  // the word shown already
    }
    ask({ kind: "at", b: at.b, o: at.o, t: t });
    return true;
  }

  // ---- events -------------------------------------------------------------------------------
  document.addEventListener("mousedown", (e) => {
    if (!popup.hidden && !popup.contains(/** @type {Node} */ (e.target))) close();
  }, true);

  document.addEventListener("click", (e) => {
    const target = /** @type {Element} */ (e.target);
    if (popup.contains(target)) { onPopupClick(target); return; }
    if (!config.click || e.button !== 0 || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;  // the end of a drag: a selection, not a click
    if (target.closest("a[href], .note-marker, .sel-tools")) return;
    if (onHighlight(e.clientX, e.clientY)) return;
    const at = pointAt(e.clientX, e.clientY, target);
    if (at) lookAt(at, e.timeStamp);
  });

  /** @param {Element} target */
  function onPopupClick(target) {
    if (target.closest(".lu-kanji-button")) ask({ kind: "kanji" });
    else if (target.closest(".lu-copy")) ask({ kind: "copy" });
    else if (target.closest(".lu-known")) ask({ kind: "known" });
    else if (target.closest(".lu-add")) ask({ kind: "add", sense: chosenSense });
    else {
      const li = /** @type {HTMLElement | null} */ (target.closest("li[data-sense]"));
      if (li) chooseSense(Number(li.dataset["sense"]));
    }
  }

  /** Pick the sense "Add to vocabulary" saves (the popup marks it).
   * @param {number} index */
  function chooseSense(index) {
    chosenSense = index;
    for (const li of popup.querySelectorAll("li[data-sense]")) {
      li.classList.toggle("chosen", Number(/** @type {HTMLElement} */ (li).dataset["sense"]) === index);
    }
  }

  document.addEventListener("mousemove", (e) => {
    mouse = { x: e.clientX, y: e.clientY };
    if (config.hover !== "shift" || !e.shiftKey || e.buttons || hoverPending) return;
    hoverPending = true;
    const t = e.timeStamp;
    requestAnimationFrame(() => {
      hoverPending = false;
      const target = document.elementFromPoint(mouse.x, mouse.y);
      const at = pointAt(mouse.x, mouse.y, target);
      if (at) lookAt(at, t);
    });
  }, { passive: true });

  const NEXT = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1 };
  const NEXT_VERTICAL = { ArrowDown: 1, ArrowUp: -1, ArrowLeft: 1, ArrowRight: -1 };

  document.addEventListener("keydown", (e) => {
    if (e.key === "Shift" && config.hover === "shift" && !e.repeat && mouse.x >= 0) {
      const target = document.elementFromPoint(mouse.x, mouse.y);
      const at = pointAt(mouse.x, mouse.y, target);
      if (at) lookAt(at, e.timeStamp);
      return;
    }
    if (popup.hidden || e.ctrlKey || e.altKey || e.metaKey) return;
    const by = /** @type {any} */ (vertical() ? NEXT_VERTICAL : NEXT)[e.key];
    let handled = true;
    if (e.key === "Escape") close();
    else if (by) { ask({ kind: "step", by: by, t: e.timeStamp }); }
    else if (e.key === "k" || e.key === "K") ask({ kind: "kanji" });
    else if (e.key === "n" || e.key === "N") ask({ kind: "known" });
    else if (e.key === "a" || e.key === "A") ask({ kind: "add", sense: chosenSense });
    else if ((e.key === "c" || e.key === "C") && (window.getSelection() || { isCollapsed: true }).isCollapsed) {
      ask({ kind: "copy" });
    } else handled = false;
    if (handled) { e.preventDefault(); e.stopPropagation(); }
  }, true);

  // Aids, theme, size and spacing change the layout: follow the word. A change of
  // writing mode moves everything: close (an open popup far down the page would
  // otherwise keep the page tall, and scrolled, in vertical writing).
  let wasVertical = vertical();
  new MutationObserver(() => {
    if (vertical() !== wasVertical) { wasVertical = vertical(); close(); return; }
    if (!popup.hidden) requestAnimationFrame(() => { mark(); place(); });
  }).observe(document.body, { attributes: true, attributeFilter: ["class"] });
  new MutationObserver(() => {
    if (!popup.hidden) requestAnimationFrame(place);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["style"] });
  window.addEventListener("resize", () => { if (!popup.hidden) place(); });

  /** @type {any} */ (window).yomuLookup = {
    show: show,
    showKanji: showKanji,
    close: close,
    /** @param {{click: boolean, hover: string, labels?: Record<string, string>}} c */
    configure(c) {
      config = { click: !!c.click, hover: String(c.hover) };
      if (c.labels) labels = Object.assign({}, labels, c.labels);
      return true;
    },
    // For tests and the benchmark: what is shown, and where its word is.
    state() {
      if (popup.hidden || !current) return null;
      const r = wordRange();
      const rect = r ? r.getBoundingClientRect() : null;
      const box = popup.getBoundingClientRect();
      return {
        b: current.b, s: current.s, e: current.e, text: popup.innerText,
        html: popup.innerHTML,
        word: rect && { x: rect.left, y: rect.top, w: rect.width, h: rect.height },
        popup: { x: box.left, y: box.top, w: box.width, h: box.height },
      };
    },
  };
})();
