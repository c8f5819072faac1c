// @ts-check
// The page's blocks (elements with data-b, in page order), and the same blocks
// grouped by section: the search for the top block lays out (and so measures)
// one section, not the whole page (sections skip layout off screen).

/** @typedef {{ el: HTMLElement, blocks: HTMLElement[] }} Group */

/** @type {HTMLElement[]} */
let blocks = [];
/** @type {Group[]} */
let groups = [];

/** Index the blocks again (after blocks are replaced). */
export function indexBlocks() {
  blocks = blocksIn(document);
  groups = Array.from(document.querySelectorAll("section.sec, footer.doc-footer"))
    .map((g) => ({ el: /** @type {HTMLElement} */ (g), blocks: blocksIn(g) }))
    .filter((g) => g.blocks.length > 0);
}

/** @param {ParentNode} root */
function blocksIn(root) {
  return Array.from(root.querySelectorAll("[data-b]"), (el) => /** @type {HTMLElement} */ (el));
}

/** Every block, in page order. */
export function allBlocks() {
  return blocks;
}

/** The blocks by section (and footer), in page order. */
export function sectionGroups() {
  return groups;
}
