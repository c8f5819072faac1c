// The reading page's script: reports the reading position and selections to Python
// through QWebChannel, and applies aids, theme and layout without touching the text.
// Offsets are code points into a block's base text; text inside rt, rp and .lbl is
// not base text.
"use strict";

(function () {
  let blocks = [];
  let bridge = null;
  let lastTop = null;

  // ---- offsets ---------------------------------------------------------------
  function codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++; // count a surrogate pair once
    }
    return n;
  }

  function isBase(node) {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (el.matches("rt, rp, .lbl")) return false;
      if (el.hasAttribute("data-b")) return true;
    }
    return false;
  }

  function baseTextNodes(blockEl) {
    const out = [];
    const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (isBase(n)) out.push(n);
    }
    return out;
  }

  // Each block's base text nodes and the code-point offset each starts at, built
  // once per block element: tens of thousands of highlights reuse it, and a long
  // block is not walked again for every one of them.
  const nodeIndex = new WeakMap();

  function blockIndex(el) {
    let entry = nodeIndex.get(el);
    if (!entry) {
      const nodes = baseTextNodes(el), starts = [];
      let pos = 0;
      for (const n of nodes) { starts.push(pos); pos += codePoints(n.data); }
      entry = { nodes: nodes, starts: starts, length: pos };
      nodeIndex.set(el, entry);
    }
    return entry;
  }

  // The first node from `from` on whose end passes `offset` (or reaches it, when
  // `reach` is set), by binary search; -1 if none does.
  function nodeEndingAfter(entry, offset, from, reach) {
    let lo = from, hi = entry.nodes.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const end = mid + 1 < entry.nodes.length ? entry.starts[mid + 1] : entry.length;
      if (end > offset || (reach && end >= offset)) { found = mid; hi = mid - 1; }
      else lo = mid + 1;
    }
    return found;
  }

  // The part of a block that a DOM range covers, as [start, end) code points.
  // Only the nodes the range touches are visited: the first by binary search (text
  // nodes are in document order), then on until one lies wholly after the range.
  function rangeInBlock(range, blockEl) {
    const entry = blockIndex(blockEl), nodes = entry.nodes;
    const before = (node) => node !== range.startContainer && range.comparePoint(node, 0) < 0;
    let lo = 0, hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(nodes[mid])) lo = mid + 1; else hi = mid;
    }
    let start = null, end = null, text = "";
    for (let k = lo; k < nodes.length; k++) {
      const node = nodes[k], len = node.data.length;
      let from = 0, to = len;
      if (node === range.startContainer) from = range.startOffset;
      if (node === range.endContainer) to = range.endOffset;
      else if (range.comparePoint(node, 0) > 0) break; // this and the rest are after
      if (from < to) {
        const pos = entry.starts[k];
        const s = pos + codePoints(node.data.slice(0, from));
        const e = pos + codePoints(node.data.slice(0, to));
        if (start === null) start = s;
        end = e;
        text += node.data.slice(from, to);
      }
      if (node === range.endContainer) break;
    }
    return start === null ? null : { b: blockEl.dataset.b, s: start, e: end, text: text };
  }

  function selectionRanges() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return [];
    const range = sel.getRangeAt(0);
    const out = [];
    for (const el of blocks) {
      if (!range.intersectsNode(el)) continue;
      const part = rangeInBlock(range, el);
      if (part && part.e > part.s) out.push(part);
    }
    return out;
  }

  // ---- position ----------------------------------------------------------------
  function vertical() { return document.body.classList.contains("vertical"); }

  // Distance into a block along the reading direction, and the block's extent.
  function along(rect) {
    return vertical()
      ? { pos: window.innerWidth - rect.right, size: rect.width }
      : { pos: rect.top, size: rect.height };
  }

  // Blocks grouped by section: the search for the top block lays out (and so
  // measures) one section, not the whole page (sections skip layout off screen).
  let groups = [];
  function indexBlocks() {
    blocks = Array.from(document.querySelectorAll("[data-b]"));
    groups = Array.from(document.querySelectorAll("section.sec, footer.doc-footer"))
      .map((g) => ({ el: g, blocks: Array.from(g.querySelectorAll("[data-b]")) }))
      .filter((g) => g.blocks.length > 0);
  }

  function reaches(el) {
    const a = along(el.getBoundingClientRect());
    return a.pos + a.size > 1;
  }

  // The first of `list` (in page order) that reaches past the viewport's start.
  function firstReaching(list) {
    let lo = 0, hi = list.length - 1, found = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (reaches(list[mid])) { found = mid; hi = mid - 1; } else { lo = mid + 1; }
    }
    return found;
  }

  function topBlock() {
    const group = groups.find((g) => reaches(g.el)) || groups[groups.length - 1];
    if (!group) return null;
    return group.blocks[firstReaching(group.blocks)] || null;
  }

  // A very long block comes in parts (page.py split_words), each laid out only near
  // the screen, so the block's size is an estimate until then. A position in such a
  // block is a fraction of its text, placed through the part that holds that point.
  function partsOf(el) {
    return el.classList.contains("split")
      ? Array.from(el.querySelectorAll(":scope > .part")) : null;
  }

  // Where part k starts and ends in the block's text (code points).
  function partSpan(el, list, k) {
    const end = k + 1 < list.length ? Number(list[k + 1].dataset.p) : Number(el.dataset.len);
    return { start: Number(list[k].dataset.p), end: end };
  }

  function clamp01(x) { return Math.min(Math.max(x, 0), 1); }

  // How far into the block the viewport's start is, 0 to 1.
  function fractionIn(el, a) {
    const list = partsOf(el);
    if (!list) return a.size > 0 ? clamp01(-a.pos / a.size) : 0;
    const k = firstReaching(list), span = partSpan(el, list, k);
    const p = along(list[k].getBoundingClientRect());
    const inner = p.size > 0 ? clamp01(-p.pos / p.size) : 0;
    const total = Number(el.dataset.len);
    return total > 0 ? (span.start + inner * (span.end - span.start)) / total : 0;
  }

  function position() {
    const el = topBlock();
    if (!el) return null;
    const a = along(el.getBoundingClientRect());
    // gap: how far below the top the block starts (the top of the page).
    return { block: el.dataset.b, fraction: fractionIn(el, a), gap: Math.max(a.pos, 0) };
  }

  // The element to put at the top for a position, and the fraction of it above.
  function placeOf(pos) {
    const el = document.getElementById(pos.block);
    const fraction = pos.fraction || 0;
    const list = el && fraction ? partsOf(el) : null;
    if (!list) return el ? { el: el, fraction: fraction } : null;
    const offset = fraction * Number(el.dataset.len);
    let k = 0;
    for (let lo = 0, hi = list.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (Number(list[mid].dataset.p) <= offset) { k = mid; lo = mid + 1; } else hi = mid - 1;
    }
    const span = partSpan(el, list, k);
    const size = span.end - span.start;
    return { el: list[k], fraction: size > 0 ? (offset - span.start) / size : 0 };
  }

  // Whether an element's content is laid out (a part of a long block is skipped
  // until it comes near the screen; until then its size is an estimate).
  function drawn(el) {
    const probe = el.classList.contains("part") ? el.firstElementChild : el;
    return !probe || probe.checkVisibility({ contentVisibilityAuto: true });
  }

  // The block at the top of the pane, or its part there if it comes in parts.
  function topElement() {
    const el = topBlock();
    const list = el && partsOf(el);
    return list ? list[firstReaching(list)] : el;
  }

  // The position being restored while blocks coming into view are laid out.
  let intended = null;
  // A reader who scrolls while a position settles takes over: the settling stops,
  // or it would pull the page back to where it was before.
  for (const type of ["wheel", "mousedown", "keydown", "touchstart"]) {
    window.addEventListener(type, () => { intended = null; }, { passive: true, capture: true });
  }

  function scrollToPosition(pos) {
    const el = pos && document.getElementById(pos.block);
    if (!el) return false;
    intended = pos;
    settle(0);
    report();
    return true;
  }

  function settle(frame) {
    if (!intended) return;
    const place = placeOf(intended);
    if (!place) { intended = null; return; }
    const a = along(place.el.getBoundingClientRect());
    // A block put at the top keeps a little room above it for its first ruby line.
    const gap = intended.gap !== undefined ? intended.gap : (intended.fraction ? 0 : 10);
    const delta = a.pos + place.fraction * a.size - gap;
    if (Math.abs(delta) >= 1) {
      if (vertical()) window.scrollBy(-delta, 0); else window.scrollBy(0, delta);
    }
    // Blocks coming into view are laid out on later frames and may change size:
    // measure again until the block stays where it was put, and is drawn.
    if (frame > 0 && Math.abs(delta) < 1 && drawn(place.el) || frame >= 12) {
      intended = null;
      report();
    } else {
      requestAnimationFrame(() => settle(frame + 1));
    }
  }

  // Run a change that may reflow the page, keeping the top paragraph in place.
  function keepingPosition(change) {
    const pos = intended || position();
    change();
    if (pos) scrollToPosition(pos);
    layoutMarkers();
  }

  function report() {
    placeMarkers();
    const pos = position();
    if (!pos || !bridge) return;
    if (pos.block !== lastTop) {
      lastTop = pos.block;
      bridge.topBlockChanged(pos.block);
    }
    bridge.positionChanged(pos.block, pos.fraction);
  }

  // ---- settings ------------------------------------------------------------------
  const AIDS = ["none", "furigana", "romaji", "both"];

  function setClassFrom(prefix, value, values) {
    for (const v of values) document.body.classList.toggle(prefix + v, v === value);
  }

  const api = {
    setAids(mode) { keepingPosition(() => setClassFrom("aids-", mode, AIDS)); },
    setFuriganaStyle(style) {
      keepingPosition(() => setClassFrom("furi-", style, ["always", "hover"]));
    },
    setTheme(name) { setClassFrom("theme-", name, ["light", "sepia", "dark"]); },
    setVertical(on) {
      keepingPosition(() => document.body.classList.toggle("vertical", !!on));
    },
    setFontSize(px) {
      keepingPosition(() => document.documentElement.style.setProperty("--font-size", px + "px"));
    },
    setLineSpacing(x) {
      keepingPosition(() => document.documentElement.style.setProperty("--line-height", String(x)));
    },
    scrollToBlock(id) {
      const ok = scrollToPosition({ block: id, fraction: 0 });
      if (ok) {
        const el = document.getElementById(id);
        el.classList.remove("flash");
        void el.offsetWidth; // restart the animation
        el.classList.add("flash");
      }
      return ok;
    },
    position: position,
    restorePosition: scrollToPosition,
    settling() { return intended !== null; },
    topBlock() { const el = topBlock(); return el ? el.dataset.b : null; },
    selectionRanges: selectionRanges,
    selectBlockRange(id, start, end, endId) { return selectRange(id, start, end, endId); },
    setHighlights: setHighlights,
    replaceBlocks: replaceBlocks,
    flashHighlight: flashHighlight,
    highlightCount() { return highlights.length; },
    // The base text under each range of a highlight (readings left out).
    highlightText(id) {
      const h = highlights.find((x) => x.id === id);
      if (!h) return null;
      return h.ranges.map((r) => blocks.filter((el) => r.intersectsNode(el))
        .map((el) => (rangeInBlock(r, el) || { text: "" }).text).join(""));
    },
    clearSelection() { window.getSelection().removeAllRanges(); },
    rangeFor: rangeFor, // the look-up popup (lookup.js) marks its word with it
    // The base-text offset under a point (CSS pixels), for the context menu.
    offsetAt(x, y) {
      const caret = document.caretPositionFromPoint
        ? document.caretPositionFromPoint(x, y) : null;
      if (!caret) return null;
      let node = caret.offsetNode, offset = caret.offset;
      const el = node.nodeType === 1 ? node : node.parentElement;
      const block = el && el.closest("[data-b]");
      if (!block) return null;
      const annotation = el.closest("rt, rp");
      if (annotation) { node = annotation.closest("ruby") || block; offset = 0; }
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(node, offset);
      const part = rangeInBlock(range, block);
      return { b: block.dataset.b, o: part ? part.e : 0 };
    },
    // Tell Python once fonts are loaded and the blocks in view have been drawn
    // (blocks off screen skip rendering until they come into view).
    whenPainted() {
      let frames = 0;
      const check = () => {
        const top = topElement();
        const ready = !top || drawn(top);
        if (ready || ++frames > 120) {
          requestAnimationFrame(() => requestAnimationFrame(() => {
            if (bridge) bridge.pagePainted();
          }));
        } else {
          requestAnimationFrame(check);
        }
      };
      document.fonts.ready.then(() => requestAnimationFrame(check));
    },
  };

  // Select from (id, start) to (endId, end) in base-text offsets (tests, annotations).
  function selectRange(id, start, end, endId) {
    const first = rangeFor(id, start, start);
    const last = rangeFor(endId || id, end, end);
    if (!first || !last) return false;
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(last.endContainer, last.endOffset);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }

  function unitOffset(s, cps) {
    let i = 0;
    for (let n = 0; n < cps && i < s.length; n++) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return i;
  }

  // ---- highlights (CSS Custom Highlight API: no DOM changes) --------------------
  const COLORS = ["yellow", "green", "blue", "pink", "purple"];
  let highlights = [];   // [{id, color, style, note, ranges: [Range]}]

  function rangeFor(id, start, end) {
    const el = document.getElementById(id);
    if (!el) return null;
    const entry = blockIndex(el);
    const i = nodeEndingAfter(entry, start, 0, start === end);
    if (i < 0) return null;
    const j = nodeEndingAfter(entry, end, i, true);
    if (j < 0) return null;
    const first = entry.nodes[i], last = entry.nodes[j];
    const range = document.createRange();
    range.setStart(first, unitOffset(first.data, start - entry.starts[i]));
    range.setEnd(last, unitOffset(last.data, end - entry.starts[j]));
    return range;
  }

  function paintHighlights() {
    for (const key of Array.from(CSS.highlights.keys())) {
      if (key !== "flash") CSS.highlights.delete(key);
    }
    for (const h of highlights) {
      const key = (h.style === "underline" ? "ul-" : "hl-") + h.color;
      if (!CSS.highlights.has(key)) CSS.highlights.set(key, new Highlight());
      addRanges(CSS.highlights.get(key), h.ranges);
    }
    layoutMarkers();
  }

  // One range at a time: spreading tens of thousands of ranges into a call
  // (new Highlight(...ranges)) throws RangeError, and then nothing is painted.
  function addRanges(highlight, ranges) {
    for (const r of ranges) highlight.add(r);
    return highlight;
  }

  function setHighlights(list) {
    highlights = list.map((h) => ({
      id: h.id, color: COLORS.includes(h.color) ? h.color : "yellow",
      style: h.style, note: String(h.note || ""), pieces: h.pieces, ranges: [],
    }));
    placeHighlights();
    return highlights.length;
  }

  // Ranges point at text nodes: rebuild them whenever the blocks are replaced.
  function placeHighlights() {
    for (const h of highlights) {
      h.ranges = h.pieces.map((p) => rangeFor(p.b, p.s, p.e)).filter((r) => r);
    }
    paintHighlights();
  }

  // Swap in new markup for blocks (readings arriving after the page was shown).
  function replaceBlocks(map) {
    keepingPosition(() => {
      for (const [id, html] of Object.entries(map)) {
        const el = document.getElementById(id);
        if (el) el.outerHTML = html;
      }
      indexBlocks();
      placeHighlights();
      restoreReveals();
    });
    return true;
  }

  // Margin markers for notes; the note text is set as text, never as markup.
  function layoutMarkers() {
    document.querySelectorAll(".note-marker").forEach((m) => m.remove());
    const main = document.querySelector("main.doc");
    for (const h of highlights) {
      if (!h.note || h.ranges.length === 0) continue;
      const marker = document.createElement("button");
      marker.className = "note-marker lbl";
      marker.type = "button";
      marker.textContent = "✎";
      marker.dataset.id = h.id;
      marker.setAttribute("aria-label", h.note);
      marker.title = h.note; // hovering shows the note (as text)
      main.appendChild(marker);
    }
    placeMarkers();
  }

  // Markers follow their highlight: blocks above may change size as they come into
  // view, so place them again whenever the reading position is reported.
  function placeMarkers() {
    const markers = document.querySelectorAll(".note-marker");
    if (markers.length === 0) return;
    const base = document.querySelector("main.doc").getBoundingClientRect();
    const byId = new Map(highlights.map((h) => [h.id, h]));
    // Measure every marker's place first, then move them: one layout, not one each.
    const places = Array.from(markers, (marker) => {
      const h = byId.get(marker.dataset.id);
      return h && h.ranges.length ? h.ranges[0].getBoundingClientRect() : null;
    });
    const vert = vertical();
    markers.forEach((marker, i) => {
      const rect = places[i];
      if (!rect) return;
      if (vert) {
        marker.style.left = (rect.left - base.left) + "px";
        marker.style.top = "0.2em";
      } else {
        marker.style.top = (rect.top - base.top) + "px";
        marker.style.left = "0.3em";
      }
    });
  }

  function highlightAt(x, y) {
    const caret = document.caretPositionFromPoint
      ? document.caretPositionFromPoint(x, y) : null;
    if (!caret) return null;
    for (let i = highlights.length - 1; i >= 0; i--) {
      for (const r of highlights[i].ranges) {
        try {
          if (r.isPointInRange(caret.offsetNode, caret.offset) &&
              !(r.endContainer === caret.offsetNode && r.endOffset === caret.offset)) {
            return highlights[i];
          }
        } catch (e) { /* a node outside the document */ }
      }
    }
    return null;
  }

  function flashHighlight(id) {
    const h = highlights.find((x) => x.id === id);
    if (!h || h.ranges.length === 0) return false;
    const a = along(h.ranges[0].getBoundingClientRect());
    const offset = a.pos - (vertical() ? 0 : window.innerHeight / 3);
    if (vertical()) window.scrollBy(-offset, 0); else window.scrollBy(0, offset);
    CSS.highlights.set("flash", addRanges(new Highlight(), h.ranges));
    setTimeout(() => CSS.highlights.delete("flash"), 1200);
    report();
    return true;
  }

  // ---- the selection toolbar ----------------------------------------------------------
  const tools = document.createElement("div");
  tools.className = "sel-tools lbl";
  tools.hidden = true;
  for (const color of COLORS) {
    const b = document.createElement("button");
    b.type = "button"; b.className = "swatch " + color; b.dataset.color = color;
    b.title = color;
    tools.appendChild(b);
  }
  for (const [cls, label] of [["underline", "U"], ["note", "✎"]]) {
    const b = document.createElement("button");
    b.type = "button"; b.className = cls; b.textContent = label;
    tools.appendChild(b);
  }
  document.body.appendChild(tools);
  tools.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  tools.addEventListener("click", (e) => {
    const b = e.target.closest("button");
    if (!b || !bridge) return;
    if (b.dataset.color) bridge.highlightSelection(b.dataset.color, "highlight", false);
    else if (b.classList.contains("underline")) bridge.highlightSelection("", "underline", false);
    else bridge.highlightSelection("", "", true);
    tools.hidden = true;
  });

  function placeTools() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || selectionRanges().length === 0) { tools.hidden = true; return; }
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    tools.hidden = false;
    const top = rect.top + window.scrollY - tools.offsetHeight - 8;
    tools.style.top = Math.max(top, window.scrollY + 4) + "px";
    tools.style.left = Math.max(rect.left + window.scrollX, window.scrollX + 4) + "px";
  }

  // ---- events ----------------------------------------------------------------------
  document.addEventListener("copy", (event) => {
    const parts = selectionRanges();
    if (parts.length === 0) return;
    event.clipboardData.setData("text/plain", parts.map((p) => p.text).join("\n"));
    event.preventDefault(); // Chromium would copy the rt text too
  });

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[href]");
    if (link) {
      event.preventDefault();
      if (bridge) bridge.openLink(link.getAttribute("href"));
      return;
    }
    const marker = event.target.closest(".note-marker");
    if (marker) {
      if (bridge) bridge.highlightClicked(marker.dataset.id);
      return;
    }
    const sel = window.getSelection();
    if (sel && sel.isCollapsed && !event.target.closest(".sel-tools")) {
      const h = highlightAt(event.clientX, event.clientY);
      if (h && bridge) { bridge.highlightClicked(h.id); return; }
    }
    const ruby = event.target.closest("ruby.f");
    if (ruby && document.body.classList.contains("furi-hover")) toggleReveal(ruby);
  });

  // Readings revealed by a click stay revealed for the session, even when the
  // blocks are replaced (readings arriving, a reading fixed): keyed by place.
  const revealed = new Set();

  function rubyKey(ruby) {
    const block = ruby.closest("[data-b]");
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEndBefore(ruby);
    const part = rangeInBlock(range, block);
    return block.dataset.b + ":" + (part ? part.e : 0);
  }

  function toggleReveal(ruby) {
    const key = rubyKey(ruby);
    if (revealed.has(key)) revealed.delete(key); else revealed.add(key);
    ruby.classList.toggle("shown", revealed.has(key));
  }

  function restoreReveals() {
    if (revealed.size === 0) return;
    document.querySelectorAll("ruby.f").forEach((ruby) => {
      if (revealed.has(rubyKey(ruby))) ruby.classList.add("shown");
    });
  }

  let pending = false;
  window.addEventListener("scroll", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; report(); });
  }, { passive: true });

  document.addEventListener("selectionchange", () => {
    if (bridge) bridge.selectionChanged(JSON.stringify(selectionRanges()));
  });
  document.addEventListener("mouseup", () => setTimeout(placeTools, 0));
  document.addEventListener("keyup", (e) => { if (e.shiftKey) placeTools(); });
  window.addEventListener("resize", () => { layoutMarkers(); tools.hidden = true; });

  indexBlocks();
  window.yomu = api;
  new QWebChannel(qt.webChannelTransport, (channel) => {
    bridge = channel.objects.bridge;
    api.bridge = bridge; // other page scripts (lookup.js) share the one channel
    bridge.pageReady();
    report();
  });
})();
