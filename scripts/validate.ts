// npm run validate [files…]: checks questionnaire files against the core schema.
// Without arguments: every questionnaires/*.json. Stops at the first invalid file, listing all its problems.
// A valid file may still get warnings (⚠) about what the app would show oddly; they do not fail it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseQuestionnaireFile, type Questionnaire } from '../src/core/questionnaire';
import { quote } from '../src/core/issues';
import { LANGS } from '../src/core/text';

// a label that starts with a number, „Stufe“ or „Level“ repeats what the app shows before it
const NAMES_ITS_LEVEL = /^\s*(?:\d|(?:stufe|level)(?![a-zäöüß]))/i;

/** Scale labels that name their level themselves: the app shows the number before each label. */
function labelWarnings(q: Questionnaire): string[] {
  return q.scale.levels.flatMap((level, i) =>
    LANGS.flatMap((lang) => {
      const label = level.label[lang];
      if (label === undefined || !NAMES_ITS_LEVEL.test(label)) return [];
      return [
        `scale.levels[${i}].label.${lang}: ${quote(label)} nennt die Stufe selbst; die App zeigt die Zahl schon davor (${quote(`${level.value} · ${label}`, 60)}). Schreiben Sie nur, was die Stufe bedeutet, in 1–3 Wörtern.`,
      ];
    }),
  );
}

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
  for (const w of labelWarnings(q!)) console.warn(`⚠ ${file}: ${w}`);
}
