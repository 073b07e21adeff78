import { useEffect, useRef, useState } from 'preact/hooks';
import { exportFor } from '../../../app/exchange';
import { handoverParts } from '../../../app/handover';
import type { Session } from '../../../app/session';
import { SessionGate } from '../../components/SessionGate';
import { useFocusHeading } from '../../components/useFocusHeading';
import { lang } from '../../i18n';
import { assessmentFacts, perspectiveName } from '../../labels';
import { hrefFor } from '../../router';
import { shareOrDownload } from '../../shared/download';
import { qrPath } from './qr';
import { ht } from './texts';

/** "Übergeben": the assessment as QR code(s) for the moderator's camera, or the share sheet. */
export function HandoverScreen({ id }: { id: string }) {
  return <SessionGate id={id}>{(s) => <HandoverView s={s} />}</SessionGate>;
}

function HandoverView({ s }: { s: Session }) {
  const tx = ht();
  const heading = useFocusHeading<HTMLHeadingElement>('handover');
  const [withNotes, setWithNotes] = useState(false);
  const [parts, setParts] = useState<string[] | null>(null);
  const shown = useRef<string[] | null>(null);
  const [index, setIndex] = useState(0);
  const [auto, setAuto] = useState(false);
  const [shareMsg, setShareMsg] = useState('');
  useEffect(() => {
    let live = true;
    void handoverParts(s.questionnaire, s.assessment, s.answers, withNotes).then((r) => {
      const prev = shown.current;
      // the session may hand over a fresh copy of the same data: then the codes on screen stay
      if (!live || (prev && prev.length === r.parts.length && prev.every((p, i) => p === r.parts[i]))) return;
      shown.current = r.parts;
      setParts(r.parts);
      setIndex(0);
    });
    return () => {
      live = false;
    };
  }, [s.questionnaire, s.answers, s.assessment, withNotes]);
  useEffect(() => {
    if (!auto || !parts || parts.length < 2) return;
    const t = setInterval(() => setIndex((i) => (i + 1) % parts.length), 1500);
    return () => clearInterval(t);
  }, [auto, parts]);
  const share = async () => {
    const file = await exportFor([{ assessment: s.assessment, answers: new Map(s.answers) }], 'json', {
      lang: lang.value,
      perspectiveName: (p) => perspectiveName(p, s.questionnaire),
    }).catch(() => null);
    if (!file) return;
    const how = await shareOrDownload(file);
    setShareMsg(how === 'shared' ? tx.shared : how === 'downloaded' ? tx.shareDownloaded(file.name) : '');
  };
  const [qr, setQr] = useState<{ d: string; size: number; part: number } | null>(null);
  useEffect(() => {
    if (!parts) return;
    let live = true;
    void qrPath(parts[index]!).then((p) => live && setQr({ ...p, part: index + 1 }));
    return () => {
      live = false;
    };
  }, [parts, index]);
  return (
    <section class="screen handover" aria-labelledby="handover-title">
      <a class="back-link" href={hrefFor({ name: 'overview', id: s.assessment.id })}>
        ← {tx.overview}
      </a>
      <h1 id="handover-title" tabIndex={-1} ref={heading}>
        {tx.handoverTitle}: {s.assessment.office}
      </h1>
      {/* in landscape: what is handed over on the left, the code on the right, both on screen */}
      <div class="handover-layout">
        <div class="handover-about">
          {/* which assessment this is: the receiving person checks it before scanning */}
          <p class="handover-who">{assessmentFacts(s.assessment, s.questionnaire).join(' · ')}</p>
          <p class="notice warning">{tx.handoverPrivacy}</p>
          <label class="check">
            <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.currentTarget.checked)} /> {tx.withNotes}
          </label>
        </div>
        {!parts || !qr ? (
          <p>{tx.loading}</p>
        ) : (
          <div class="qr-box">
            <p class="qr-part" aria-live="polite">
              {parts.length > 1 ? tx.partOf(index + 1, parts.length) : tx.singleCode}
            </p>
            <svg
              class="qr"
              viewBox={`0 0 ${qr.size} ${qr.size}`}
              role="img"
              aria-label={tx.qrLabel(qr.part, parts.length)}
              data-part={qr.part}
              data-parts={parts.length}
              shape-rendering="crispEdges"
            >
              <rect width={qr.size} height={qr.size} fill="#fff" />
              <path d={qr.d} fill="#000" />
            </svg>
            {parts.length > 1 && (
              <div class="actions">
                <button type="button" class="button" onClick={() => setIndex((index - 1 + parts.length) % parts.length)}>
                  ← {tx.prevPart}
                </button>
                <button type="button" class="button primary" onClick={() => setIndex((index + 1) % parts.length)}>
                  {tx.nextPart} →
                </button>
                <label class="check">
                  <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.currentTarget.checked)} /> {tx.autoAdvance}
                </label>
              </div>
            )}
          </div>
        )}
        <section aria-labelledby="share-title" class="share">
          <h2 id="share-title">{tx.shareTitle}</h2>
          <p class="hint">{tx.shareHint}</p>
          <button type="button" class="button" onClick={() => void share()}>
            {tx.share}
          </button>
          <p role="status">{shareMsg}</p>
        </section>
      </div>
    </section>
  );
}
