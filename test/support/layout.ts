// What "fits the screen" means, measured in the page as laid out: the page itself never scrolls sideways; anything
// that does scroll sideways is a region a person can find and use (a role, a name, keyboard focus, a visible cue);
// and nothing is cut off by a box that clips without scrolling.
import type { Page } from 'playwright-core';

/** Resolves two frames from now: what the browser lays out and applies in between has happened. */
export const twoFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export async function layoutProblems(page: Page): Promise<string[]> {
  // A scroll region's cue comes from a scroll-state container query, which the browser applies in the frame after
  // the one that laid the region out: on a busy machine the load event can come before it (a CI run measured the
  // matrix without its cue). Two frames later it is there, as it is for a reader.
  await twoFrames(page);
  return page.evaluate(() => {
    const problems: string[] = [];
    const W = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    if (document.documentElement.scrollWidth > W + 1)
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in a ${W} px window`);
    // Text kept for screen readers only (a 1 px box clipped away) is meant to be cut off.
    const visuallyHidden = (el: Element): boolean => {
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).clipPath.startsWith('inset')) return true;
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || el.closest('.sr-only, [hidden], details:not([open])') || visuallyHidden(el)) continue;
      const scrolls = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      if (scrolls && (cs.overflowX === 'auto' || cs.overflowX === 'scroll')) {
        const labelled = el.getAttribute('role') === 'region' && (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
        if (!labelled) problems.push(`${name(el)} scrolls sideways but is not a labelled region`);
        if (el.getAttribute('tabindex') !== '0') problems.push(`${name(el)} scrolls sideways but cannot take keyboard focus`);
        const hint = el.querySelector(':scope > .scroll-hint');
        if (!hint || getComputedStyle(hint).display === 'none') problems.push(`${name(el)} scrolls sideways with no visible cue`);
      } else if (scrolls && (cs.overflowX === 'hidden' || cs.overflowX === 'clip') && !el.matches('.sr-only')) {
        // Text-overflow ellipses are a choice; content cut off by a box is not.
        if (cs.textOverflow !== 'ellipsis') problems.push(`${name(el)} cuts off ${el.scrollWidth - el.clientWidth} px of its content`);
      }
      // Something outside every scrolling box that reaches past the window's edge is cut off.
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > W + 1 && !el.closest('.table-scroll') && cs.position !== 'fixed')
        problems.push(`${name(el)} reaches ${Math.round(r.right)} px in a ${W} px window`);
    }
    return [...new Set(problems)].slice(0, 20);
  });
}
