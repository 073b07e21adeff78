// npm run schema: writes questionnaires/questionnaire.schema.json from the zod schema,
// so editors can check questionnaire files while they are written.
import { writeFileSync } from 'node:fs';
import { questionnaireJsonSchema } from '../src/core/json-schema';

const out = 'questionnaires/questionnaire.schema.json';
writeFileSync(out, JSON.stringify(questionnaireJsonSchema(), null, 2) + '\n');
console.log(`geschrieben: ${out}`);
