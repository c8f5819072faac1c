// @ts-check
// The lists the page shares with Python (aid modes, furigana styles, themes,
// highlight colours and styles), defined once in Python and written into the page
// as a JSON block, <script type="application/json" id="yomu-lists">.

/**
 * @typedef {object} Lists
 * @property {string[]} aids reading aid modes: body class aids-<mode>
 * @property {string[]} furiganaStyles body class furi-<style>
 * @property {string[]} furiganaLevels body class level-<level>
 * @property {string[]} themes body class theme-<name>
 * @property {string[]} colors highlight colours, in the toolbar's order
 * @property {Record<string, string>} styles annotation style → prefix of its CSS
 *   highlight name (hl-yellow, ul-green…)
 * @property {string} defaultColor the colour of a highlight whose colour is unknown
 */

/** @returns {Lists} */
function readLists() {
  const block = document.getElementById("yomu-lists");
  if (!block || !block.textContent) throw new Error("the page has no #yomu-lists block");
  return JSON.parse(block.textContent);
}

export const lists = readLists();
