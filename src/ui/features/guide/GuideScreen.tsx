import { useFocusHeading } from '../../components/useFocusHeading';
import { hrefFor } from '../../router';
import { gt } from './texts';

/** The user guide „So geht’s“: filling in an assessment, running a workshop, exchanging between
 * devices, in numbered steps that name the app's buttons; and where the data stays. */
export function GuideScreen() {
  const tx = gt();
  const heading = useFocusHeading<HTMLHeadingElement>('guide');
  const parts = [
    { id: 'guide-fill', title: tx.guideFillTitle, steps: tx.guideFillSteps },
    { id: 'guide-workshop', title: tx.guideWorkshopTitle, steps: tx.guideWorkshopSteps },
    { id: 'guide-exchange', title: tx.guideExchangeTitle, steps: tx.guideExchangeSteps },
  ];
  return (
    <section class="screen guide" aria-labelledby="guide-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="guide-title" tabIndex={-1} ref={heading}>
        {tx.guideTitle}
      </h1>
      <p class="lead">{tx.guideIntro}</p>
      {parts.map((p) => (
        <section key={p.id} class="guide-part" aria-labelledby={p.id}>
          <h2 id={p.id}>{p.title}</h2>
          <ol class="guide-steps">
            {p.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
      <section class="guide-part" aria-labelledby="guide-data">
        <h2 id="guide-data">{tx.guideDataTitle}</h2>
        <ul class="guide-steps">
          {tx.guideDataPoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}
