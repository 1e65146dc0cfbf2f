// The My Number STEP 2 image challenge: the test reads the answer of the challenge on screen
// through the server's test hook (MADOGUCHI_TEST_HOOKS=1) — from Node, not from the page, so
// the page's own requests stay exactly those a person's browser would make.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The id of the challenge whose picture is on screen. */
export async function challengeOnScreen(page: Page): Promise<string> {
  const picture = page.locator('.challenge-picture img');
  await expect(picture).toBeVisible();
  const src = (await picture.getAttribute('src')) ?? '';
  const id = /\/api\/challenges\/([^/]+)\/image$/.exec(src)?.[1];
  expect(id, `challenge picture src ${src}`).toBeTruthy();
  return id!;
}

/** The answer of the challenge on screen, in lower case (answers are not case-sensitive). */
export async function challengeAnswer(page: Page): Promise<string> {
  const id = await challengeOnScreen(page);
  const response = await page.request.get(`/api/test/challenges/${id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()).answer as string).toLowerCase();
}

/** A new challenge and its answer, as the fields of a form sent by a test without the page. */
export async function solvedChallenge(request: APIRequestContext) {
  const created = await request.post('/api/challenges', { headers: { 'X-Madoguchi-Request': '1' }, data: {} });
  expect(created.status()).toBe(201);
  const id: string = (await created.json()).id;
  const answer = await request.get(`/api/test/challenges/${id}`);
  return { challenge_id: id, challenge_answer: (await answer.json()).answer as string };
}

/** Types the right answer into the challenge field. */
export async function answerChallenge(page: Page): Promise<void> {
  await page.locator('#challenge-answer').fill(await challengeAnswer(page));
}
