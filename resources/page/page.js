// The reading page's script: reports the reading position and selections to Python
// through QWebChannel, and applies aids, theme and layout without touching the text.
// Offsets are code points into a block's base text; text inside rt, rp and .lbl is
// not base text.
"use strict";

(function () {
  const blocks = Array.from(document.querySelectorAll("[data-b]"));
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

  // The part of a block that a DOM range covers, as [start, end) code points.
  function rangeInBlock(range, blockEl) {
    let pos = 0, start = null, end = null, text = "";
    for (const node of baseTextNodes(blockEl)) {
      const len = node.data.length;
      let from = 0, to = len;
      if (node === range.startContainer) from = range.startOffset;
      else if (range.comparePoint(node, 0) < 0) from = len; // wholly before the range
      if (node === range.endContainer) to = range.endOffset;
      else if (range.comparePoint(node, 0) > 0) to = 0; // wholly after it
      if (from < to) {
        const s = pos + codePoints(node.data.slice(0, from));
        const e = pos + codePoints(node.data.slice(0, to));
        if (start === null) start = s;
        end = e;
        text += node.data.slice(from, to);
      }
      pos += codePoints(node.data);
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

  function topBlock() {
    // Binary search for the first block that reaches past the viewport's start.
    let lo = 0, hi = blocks.length - 1, found = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const a = along(blocks[mid].getBoundingClientRect());
      if (a.pos + a.size > 1) { found = mid; hi = mid - 1; } else { lo = mid + 1; }
    }
    return blocks[found] || null;
  }

  function position() {
    const el = topBlock();
    if (!el) return null;
    const a = along(el.getBoundingClientRect());
    const fraction = a.size > 0 ? Math.min(Math.max(-a.pos / a.size, 0), 1) : 0;
    return { block: el.dataset.b, fraction: fraction };
  }

  function scrollToPosition(pos) {
    const el = pos && document.getElementById(pos.block);
    if (!el) return false;
    const a = along(el.getBoundingClientRect());
    const delta = a.pos + (pos.fraction || 0) * a.size;
    if (vertical()) window.scrollBy(-delta, 0); else window.scrollBy(0, delta);
    report();
    return true;
  }

  // Run a change that may reflow the page, keeping the top paragraph in place.
  function keepingPosition(change) {
    const pos = position();
    change();
    if (pos) scrollToPosition(pos);
  }

  function report() {
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
    topBlock() { const el = topBlock(); return el ? el.dataset.b : null; },
    selectionRanges: selectionRanges,
    visibleText() { return document.body.innerText; },
    selectBlockRange(id, start, end) { return selectRange(id, start, end); },
    // Tell Python once fonts are loaded and two frames have been drawn.
    whenPainted() {
      document.fonts.ready.then(() => requestAnimationFrame(() =>
        requestAnimationFrame(() => { if (bridge) bridge.pagePainted(); })));
    },
  };

  // Select [start, end) of a block's base text (used by tests and by annotations).
  function selectRange(id, start, end) {
    const el = document.getElementById(id);
    if (!el) return false;
    let pos = 0, range = document.createRange(), begun = false;
    for (const node of baseTextNodes(el)) {
      const len = codePoints(node.data);
      if (!begun && start <= pos + len) { range.setStart(node, unitOffset(node.data, start - pos)); begun = true; }
      if (begun && end <= pos + len) {
        range.setEnd(node, unitOffset(node.data, end - pos));
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
      pos += len;
    }
    return false;
  }

  function unitOffset(s, cps) {
    let i = 0;
    for (let n = 0; n < cps && i < s.length; n++) {
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    return i;
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
    const ruby = event.target.closest("ruby.f");
    if (ruby && document.body.classList.contains("furi-hover")) ruby.classList.toggle("shown");
  });

  let pending = false;
  window.addEventListener("scroll", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; report(); });
  }, { passive: true });

  document.addEventListener("selectionchange", () => {
    if (bridge) bridge.selectionChanged(JSON.stringify(selectionRanges()));
  });

  window.yomu = api;
  new QWebChannel(qt.webChannelTransport, (channel) => {
    bridge = channel.objects.bridge;
    bridge.pageReady();
    report();
  });
})();
