// Carrying an assessment over to a newer version of its questionnaire (the rules: core/carry-over).
// The new assessment is written in one transaction with its answers; the old one stays untouched.
import { carryOver, type CarryOver } from '../core/carry-over';
import { toExported } from '../core/exchange';
import { importFile } from '../storage/exchange';
import { changed } from './changes';
import { newId } from './ids';
import { loadItemsById } from './items';
import { attempt } from './problems';
import { keepUsedQuestionnaires, questionnaireFor } from './questionnaires';

export type CarryOverOutcome = { ok: true; id: string; result: CarryOver } | { ok: false; reason: 'missing' | 'failed' };

/** Makes a new assessment of version `toVersion` from assessment `id` (see core/carry-over). */
export async function carryOverAssessment(id: string, toVersion: string, now = new Date()): Promise<CarryOverOutcome> {
  const [item] = await loadItemsById([id]).catch(() => []);
  if (!item) return { ok: false, reason: 'missing' };
  const a = item.assessment;
  const [old, to] = await Promise.all([
    questionnaireFor(a.questionnaireId, a.questionnaireVersion),
    questionnaireFor(a.questionnaireId, toVersion),
  ]);
  if (!old || !to) return { ok: false, reason: 'missing' };
  const newAssessmentId = newId();
  const result = carryOver(a, item.answers, old, to, { id: newAssessmentId, now });
  const ok = await attempt(`carry-over:${id}`, { type: 'newAssessment', label: a.office }, () =>
    importFile([{ item: toExported(result.assessment, result.answers), mode: 'add' }], []),
  );
  if (!ok) return { ok: false, reason: 'failed' };
  changed({ type: 'assessments' });
  void keepUsedQuestionnaires([to]);
  return { ok: true, id: newAssessmentId, result };
}
