// npm run validate [files…]: checks questionnaire files against the core schema.
// Without arguments: every questionnaires/*.json. Stops at the first invalid file, listing all its problems.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseQuestionnaireFile } from '../src/core/questionnaire';

const dir = 'questionnaires';
const args = process.argv.slice(2);
const files = args.length
  ? args
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .sort()
      .map((f) => join(dir, f));

if (files.length === 0) {
  console.error('Keine Fragebogen-Dateien gefunden.');
  process.exit(1);
}

for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`✗ ${file}: Datei nicht lesbar oder nicht vorhanden.`);
    process.exit(1);
  }
  const r = parseQuestionnaireFile(file, text);
  const problems = r.ok ? [] : [...r.errors];
  if (r.ok && basename(file, '.json') !== r.value.id) {
    problems.push(`${file}: id „${r.value.id}“ passt nicht zum Dateinamen (erwartet „${basename(file, '.json')}“).`);
  }
  if (problems.length) {
    console.error(`✗ ${file}: ${problems.length} Problem${problems.length > 1 ? 'e' : ''}`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  const q = r.ok ? r.value : null;
  const questions = q!.dimensions.reduce((n, d) => n + d.questions.length, 0);
  console.log(
    `✓ ${file}: ${q!.id} ${q!.version} — ${q!.dimensions.length} Dimensionen, ${questions} Fragen, ${q!.measures.length} Maßnahmen`,
  );
}
