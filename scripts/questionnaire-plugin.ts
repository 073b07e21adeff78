// Vite plugin: every questionnaire file in `questionnaires/` ships with the app. At build time each
// file is validated with the app's own parser (a broken file fails the build with the validator's
// German messages), emitted as a hashed asset (fetched when first needed, precached for offline),
// and described in a small index — id, version, title, description, counts — that the screens
// import as `virtual:questionnaires` instead of the full files.
//
// The app's parser is TypeScript of src/core; it is loaded with tsx when the plugin runs (not
// bundled into the Vite configuration).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

type Core = typeof import('../src/core/questionnaire') & typeof import('../src/core/questionnaire-index');

async function loadCore(): Promise<Core> {
  const from = pathToFileURL(resolve('vite.config.ts')).href;
  const [questionnaire, index] = (await Promise.all([
    tsImport('./src/core/questionnaire.ts', from),
    tsImport('./src/core/questionnaire-index.ts', from),
  ])) as [typeof import('../src/core/questionnaire'), typeof import('../src/core/questionnaire-index')];
  return { ...questionnaire, ...index };
}

const ID = 'virtual:questionnaires';
const RESOLVED = `\0${ID}`;

/** The questionnaire files of a folder (the JSON Schema excluded), sorted by name. */
export function questionnaireFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
}

/** `dir` holds the questionnaires that ship; a file of the same name in `overrides` (for the tests:
 * REIFEGRAD_QUESTIONNAIRE_OVERRIDES, a build whose bundled questionnaire has a newer version) is
 * shipped in its place. */
export function questionnaires(dir = 'questionnaires', overrides = process.env.REIFEGRAD_QUESTIONNAIRE_OVERRIDES): Plugin {
  const root = resolve(dir);
  return {
    name: 'reifegrad-questionnaires',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const { parseQuestionnaireFile, indexEntryOf } = await loadCore();
      const imports: string[] = [];
      const entries: string[] = [];
      const seen = new Set<string>();
      questionnaireFiles(root).forEach((file, i) => {
        const override = overrides ? resolve(overrides, file) : null;
        const path = override && existsSync(override) ? override : join(root, file);
        this.addWatchFile(path);
        const r = parseQuestionnaireFile(file, readFileSync(path, 'utf8'));
        if (!r.ok) this.error(`Fragebogen ungültig:\n${r.errors.join('\n')}`);
        const q = r.value;
        if (`${q.id}.json` !== file) this.error(`${file}: die ID „${q.id}“ muss dem Dateinamen entsprechen („${q.id}.json“).`);
        if (seen.has(q.id)) this.error(`${file}: die ID „${q.id}“ kommt zweimal vor.`);
        seen.add(q.id);
        imports.push(`import url${i} from ${JSON.stringify(`/${relative(process.cwd(), path).split('\\').join('/')}?url`)};`);
        entries.push(`{ ...${JSON.stringify(indexEntryOf(q))}, url: url${i} }`);
      });
      return `${imports.join('\n')}\nexport default [${entries.join(',\n')}];\n`;
    },
  };
}
