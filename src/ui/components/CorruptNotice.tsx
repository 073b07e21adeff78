import type { CorruptRecord } from '../../app/assessments';
import { t } from '../i18n';

/** Stored records that could not be read, or that do not fit the questionnaire: said, never used. */
export function CorruptNotice({ records }: { records: readonly CorruptRecord[] }) {
  const tx = t();
  if (records.length === 0) return null;
  return (
    <div class="notice warning" role="status">
      <p>{tx.corruptRecords(records.length)}</p>
      <ul>
        {records.slice(0, 20).map((c) => (
          <li key={`${c.store}/${c.key}`}>
            <code>{c.key}</code>: {c.errors.slice(0, 3).join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
