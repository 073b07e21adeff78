import { lastSavedAt } from '../../../app/session';
import { formatTime } from '../../i18n';
import { wkt } from './texts';

/** „Gespeichert um …“ after each write (failures are shown by the app's one problem banner). */
export function SaveStatus() {
  const tx = wkt();
  const at = lastSavedAt.value;
  return (
    <p class="save-status" role="status">
      {at ? tx.savedAt(formatTime(at)) : ''}
    </p>
  );
}
