// @ts-check
// The page's API, `window.yomu`: what Python calls (reader/ui/reading_view.py
// ReadingView.call). Each module hands over its own functions with expose(); a
// new module (a script of its own, or one page.js imports) does the same.

/** @type {Record<string, YomuFunction>} */
const api = {};

/**
 * Add functions to `window.yomu`. A name already taken is an error: two modules
 * must not answer the same call.
 * @param {Record<string, YomuFunction>} functions
 */
export function expose(functions) {
  for (const [name, fn] of Object.entries(functions)) {
    if (Object.hasOwn(api, name)) throw new Error(`window.yomu.${name} is taken`);
    api[name] = fn;
  }
  window.yomu = api;
}
