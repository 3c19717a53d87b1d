import { expect, test } from '@playwright/test';
import { parseQuery } from '@/machines/query';
import { replay } from '@/machines/replay';
import { clickableJourneys } from '../helpers/journeys';
import { hydrated, walkJourney, watchForErrors } from './helpers';

/**
 * Every journey of the shared table that a person can click through, walked in the browser from the
 * first question (JavaScript on: each step drawn in the page), checking each screen on the way; the
 * link it ends on replays to the table's path. jest checks the same rows against the machine.
 */
const walks = clickableJourneys();
test('every clickable row of the table is walked, itself or on the way of a longer walk', () => {
  expect(walks.flatMap((walk) => [walk.name, ...walk.onTheWay]).length).toBeGreaterThan(20);
});

for (const journey of walks) {
  const also = journey.onTheWay.length ? ` (on the way: ${journey.onTheWay.length} shorter rows)` : '';
  test(`walked by clicking: ${journey.name}${also}`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('/guide?v=1');
    await hydrated(page);
    await page.locator('[data-enhanced=""]').waitFor();
    await walkJourney(page, journey);
    // The link the browser wrote holds this journey: replayed, it takes the table's path.
    const landed = new URL(page.url());
    expect(landed.pathname).toBe('/guide');
    expect(replay(parseQuery(landed.searchParams).answers).path).toEqual(journey.path);
    expect(errors).toEqual([]);
  });
}
