/**
 * When the guide itself loads the next page (the plan is a page of its own), focus goes to that
 * page's title, as it does for every step drawn in the page; a link opened afresh starts at the top.
 */
const KEY = 'doorstep:focus-title';

/** Called just before the guide loads the next page. */
export function focusTitleOnArrival() {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // no storage (some in-app browsers): the page opens at the top, as any link does
  }
}

/** Whether the guide just loaded this page (asked once: the answer is used up). */
export function arrivedFromGuide(): boolean {
  try {
    const arrived = sessionStorage.getItem(KEY) !== null;
    sessionStorage.removeItem(KEY);
    return arrived;
  } catch {
    return false;
  }
}
