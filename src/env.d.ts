/** The app version (package.json), with the build id where one was given. */
declare const __APP_VERSION__: string;

/** True only in the build for the upgrade tests: its database is one version ahead (storage/db.ts). */
declare const __DB_AHEAD__: boolean;

/** The bundled questionnaires: one index entry per file in `questionnaires/`, with the URL of the
 * full file (scripts/questionnaire-plugin.ts). */
declare module 'virtual:questionnaires' {
  const index: (import('./core/questionnaire-index').QuestionnaireIndexEntry & { url: string })[];
  export default index;
}
