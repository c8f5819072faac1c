// @ts-check
// Reading settings applied to the page: classes on <body> and CSS custom
// properties, never the text. Each change that may reflow the page keeps the top
// paragraph in place.

import { lists } from "./lists.js";
import { keepingPosition } from "./scrolling.js";

/**
 * Give <body> the class prefix+value and none of the other prefix+values.
 * @param {string} prefix
 * @param {string} value
 * @param {readonly string[]} values
 */
function setClassFrom(prefix, value, values) {
  for (const v of values) document.body.classList.toggle(prefix + v, v === value);
}

/**
 * @param {string} name
 * @param {string} value
 */
function setRootProperty(name, value) {
  document.documentElement.style.setProperty(name, value);
}

/**
 * Hide the furigana of known words: one generated rule matching each furigana
 * ruby whose word (data-k) is known, so all occurrences change at once.
 * @param {readonly string[]} words
 */
function setKnownWords(words) {
  let style = document.getElementById("known-words");
  if (!style) {
    style = document.createElement("style");
    style.id = "known-words";
    document.head.append(style);
  }
  const selectors = words.map((w) => `ruby.f[data-k="${CSS.escape(w)}"] > :is(rt, rp)`);
  style.textContent = selectors.length ? `${selectors.join(",\n")} { display: none; }` : "";
}

/** The settings' part of the page's API (window.yomu). */
export const settingsApi = {
  /** @param {string} mode */
  setAids(mode) { keepingPosition(() => setClassFrom("aids-", mode, lists.aids)); },
  /** @param {string} style */
  setFuriganaStyle(style) {
    keepingPosition(() => setClassFrom("furi-", style, lists.furiganaStyles));
  },
  /**
   * Furigana only on words with a kanji above this level: a body class, whose
   * rules (generated from Python) match the rubies' level marks (data-l).
   * @param {string} level
   */
  setFuriganaLevel(level) {
    keepingPosition(() => setClassFrom("level-", level, lists.furiganaLevels));
  },
  /** @param {string} name */
  setTheme(name) { setClassFrom("theme-", name, lists.themes); },
  /** @param {boolean} on */
  setVertical(on) {
    keepingPosition(() => document.body.classList.toggle("vertical", !!on));
  },
  /** @param {readonly string[]} words */
  setKnownWords(words) { keepingPosition(() => setKnownWords(words)); },
  /** @param {number} px */
  setFontSize(px) { keepingPosition(() => setRootProperty("--font-size", px + "px")); },
  /** @param {number} x */
  setLineSpacing(x) { keepingPosition(() => setRootProperty("--line-height", String(x))); },
};
