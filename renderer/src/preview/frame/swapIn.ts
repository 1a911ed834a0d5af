/**
 * Puts a new print HTML into the frame's document, changing only what changed. A keystroke changes one block of a
 * 100-page briefing; replacing the whole body made the frame parse, style, load the photos of and lay out every
 * page again. Here the body's top-level blocks are compared with the ones the last refresh put in (as the HTML they
 * were parsed from) and only the run between the unchanged start and the unchanged end is replaced, so the nodes,
 * styles and decoded photos of everything else stay.
 */

/** The HTML each top-level body child was parsed from, in order, as the last swap put it in. */
export interface SwapState {
  headHtml: string;
  rootAttributes: string;
  blocks: string[];
}

export interface SwapResult {
  state: SwapState;
  /** Top-level blocks replaced; all of them on a full swap. */
  replaced: number;
  full: boolean;
}

const attributesOf = (element: Element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name) ?? ''}`).join('\n');

/**
 * The print HTML's head and body replace the frame's. Its policy meta and any script are dropped: the policy the
 * frame was loaded with stays in force (it allows this script alone), and parsed content never runs anyway.
 */
export function swapIn(target: Document, html: string, previous: SwapState | undefined): SwapResult {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const node of parsed.querySelectorAll('meta[http-equiv], script')) node.remove();
  const children = [...parsed.body.children];
  // The title follows the briefing's title as it is typed; it alone must not make the whole frame new.
  const title = parsed.title;
  parsed.head.querySelector('title')?.remove();
  const state: SwapState = {
    headHtml: parsed.head.innerHTML,
    rootAttributes: attributesOf(parsed.documentElement),
    blocks: children.map((child) => child.outerHTML),
  };
  const sameFrame =
    previous !== undefined &&
    previous.headHtml === state.headHtml &&
    previous.rootAttributes === state.rootAttributes &&
    attributesOf(target.body) === attributesOf(parsed.body) &&
    target.body.children.length === previous.blocks.length;
  if (!sameFrame) {
    const root = target.documentElement;
    for (const name of root.getAttributeNames()) root.removeAttribute(name);
    for (const name of parsed.documentElement.getAttributeNames()) root.setAttribute(name, parsed.documentElement.getAttribute(name) ?? '');
    target.head.replaceWith(target.adoptNode(parsed.head));
    target.body.replaceWith(target.adoptNode(parsed.body));
    target.title = title;
    return { state, replaced: children.length, full: true };
  }
  const before = previous.blocks;
  let start = 0;
  while (start < before.length && start < state.blocks.length && before[start] === state.blocks[start]) start += 1;
  let endOld = before.length;
  let endNew = state.blocks.length;
  while (endOld > start && endNew > start && before[endOld - 1] === state.blocks[endNew - 1]) {
    endOld -= 1;
    endNew -= 1;
  }
  const live = [...target.body.children];
  const anchor = live[endOld] ?? null;
  for (const stale of live.slice(start, endOld)) stale.remove();
  for (const fresh of children.slice(start, endNew)) target.body.insertBefore(target.adoptNode(fresh), anchor);
  if (target.title !== title) target.title = title;
  return { state, replaced: endNew - start, full: false };
}
