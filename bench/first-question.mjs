// Profile for ../shared/perf/measure.mjs: how this app reaches its first answerable question.
//   npm run build && PEERS_TOOLS=node_modules node ../shared/perf/measure.mjs \
//     --profile app=bench/first-question.mjs app=dist floor=../shared/perf/floor
// The first screen is the list of assessments; its first control is "Neue Einschätzung".
export const ready = 'a.button.primary';
export const answer = 'input[type=radio][name^="answer-"]';

/** From the start screen to the first question of a new assessment. */
export async function prepare(page) {
  await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
  await page.getByLabel('Amt / Organisationseinheit').fill('Messung');
  await page.getByRole('button', { name: 'Einschätzung beginnen' }).click();
  await page.locator('label.level-card').first().waitFor();
}
