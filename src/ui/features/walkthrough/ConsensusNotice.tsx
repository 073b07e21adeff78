import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../../app/session';
import { workshopsOfConsensus } from '../../../app/assessments';
import { useFocusHeading } from '../../components/useFocusHeading';
import { formatDate } from '../../i18n';
import { hrefFor } from '../../router';
import { wkt } from './texts';

/** A workshop's consensus belongs to the room: it is not answered here, only looked at; changes
 * are made in its workshop. */
export function ConsensusNotice({ session: s }: { session: Session }) {
  const tx = wkt();
  const heading = useFocusHeading<HTMLHeadingElement>('consensus');
  const [workshopId, setWorkshopId] = useState<string | null>(null);
  useEffect(() => {
    void workshopsOfConsensus().then((all) => setWorkshopId(all.get(s.assessment.id) ?? null));
  }, [s.assessment.id]);
  return (
    <section class="screen" aria-labelledby="consensus-title">
      <h1 id="consensus-title" tabIndex={-1} ref={heading}>
        {tx.consensusTitle(s.assessment.office)}
      </h1>
      <p>{tx.consensusText(formatDate(s.assessment.date))}</p>
      <p class="actions">
        {workshopId && (
          <a class="button primary" href={hrefFor({ name: 'workshop', id: workshopId })}>
            {tx.toWorkshop}
          </a>
        )}
        <a class="button" href={hrefFor({ name: 'results', id: s.assessment.id })}>
          {tx.showResults}
        </a>
        <a class="button quiet" href={hrefFor({ name: 'start' })}>
          {tx.toStart}
        </a>
      </p>
    </section>
  );
}

/** Whether an assessment is a workshop's consensus (read-only outside its workshop). */
export const isConsensus = (s: Session) => s.assessment.perspective === 'workshop';
