// Shared steps of the workshop tests: pre-votes of an office as an export file, imported as a
// person would, and a workshop prepared through its form.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadQuestionnaire } from '../../helpers';
import { buildExport, toExported } from '../../../src/core/exchange';
import type { AnswerRecord, Assessment } from '../../../src/core/assessment';

export const q = loadQuestionnaire('questionnaires/digitale-verwaltung.json');
const questions = q.dimensions.flatMap((d) => d.questions);
const at = '2026-11-20T09:00:00.000Z';

/** Pre-votes of an office: three assessments whose answers differ more on some questions. */
export function preVotes(office: string, count = 3) {
  return Array.from({ length: count }, (_, r) => {
    const assessment: Assessment = {
      id: `pre-${r}-${office.length}`,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      office,
      perspective: r === 0 ? 'fuehrung' : 'mitarbeitende',
      respondent: `Person ${r + 1}`,
      date: '2026-11-20',
      createdAt: at,
      updatedAt: at,
      targets: {},
    };
    const answers = new Map<string, AnswerRecord>();
    questions.forEach((x, i) => {
      // question i: the three respondents spread over (i % 4) levels
      const level = Math.min(4, 1 + ((i % 4) * r) / 2);
      answers.set(x.id, {
        assessmentId: assessment.id,
        questionId: x.id,
        value: { kind: 'level', level: Math.round(level) },
        updatedAt: at,
      });
    });
    return { assessment, answers };
  });
}

/** An export file with an office's pre-votes. */
export function preVotesFile(office: string, count = 3): string {
  mkdirSync('test-results', { recursive: true }); // a clean clone has none yet, whichever test runs first
  const path = `test-results/prevotes-${office.replace(/[^a-z]/gi, '')}-${count}.json`;
  writeFileSync(
    path,
    JSON.stringify(
      buildExport(
        preVotes(office, count).map((p) => toExported(p.assessment, p.answers)),
        [],
        'test',
        new Date(at),
      ),
    ),
  );
  return path;
}

/** Imports an office's pre-votes through the import screen. */
export async function importPreVotes(page: Page, url: string, office: string, count = 3): Promise<void> {
  await page.goto(url + '/#/import');
  await page.locator('#import-files').setInputFiles(preVotesFile(office, count));
  await page.locator('.import-results > li[data-status="imported"]').waitFor();
}

/** Prepares a workshop for an office through the form and opens its projector view. */
export async function prepare(page: Page, url: string, office: string, participants = '9'): Promise<void> {
  await page.goto(url + '/');
  await page.getByRole('link', { name: 'Workshop', exact: true }).click();
  await page.getByRole('heading', { name: 'Workshop vorbereiten' }).waitFor();
  await page.getByLabel('Amt / Organisationseinheit').fill(office);
  await page.getByLabel('Amt / Organisationseinheit').press('Escape');
  await page.getByLabel('Zahl der Teilnehmenden').fill(participants);
  await page.getByRole('button', { name: 'Workshop beginnen' }).click();
  await page.locator('.projector').waitFor();
}
