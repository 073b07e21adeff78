import { useEffect, useRef, useState } from 'preact/hooks';
import { applyDecision, dropDecision, importOne, type FileOutcome } from '../../../app/exchange';
import { asExportText, readHandover } from '../../../app/handover';
import { knownQuestionnaires } from '../../../app/questionnaires';
import { PartCollector, parsePart } from '../../../core/handover';
import { useFocusHeading } from '../../components/useFocusHeading';
import { hrefFor } from '../../router';
import { ImportOutcome } from '../../shared/ImportOutcome';
import { imagePixels, qrDetector } from './scan';
import { qt } from './texts';

/** "Empfangen": the camera scans the codes (or photos/screenshots are chosen); parts in any
 * order; once complete, the assessment goes through the same import as a file. */
export function ReceiveScreen() {
  const tx = qt();
  const heading = useFocusHeading<HTMLHeadingElement>('receive');
  const collector = useRef(new PartCollector());
  const [progress, setProgress] = useState<{ received: number[]; total: number } | null>(null);
  const [problem, setProblem] = useState('');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [camera, setCamera] = useState<'off' | 'starting' | 'on'>('off');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const busy = useRef(false);
  const photos = useRef<HTMLInputElement>(null);

  const stop = () => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    setCamera('off');
  };
  useEffect(() => stop, []);

  /** One scanned text: a part of a hand-over, or a clear message. */
  const take = async (text: string) => {
    const part = parsePart(text);
    if (!part.ok) {
      setProblem(part.errors[0]!);
      return;
    }
    const c = collector.current;
    const before = c.received.join(',');
    c.add(part.value);
    if (c.received.join(',') === before && c.total === part.value.count) return; // seen already
    setProblem('');
    setProgress({ received: c.received, total: c.total });
    const bytes = c.result();
    if (!bytes) return;
    collector.current = new PartCollector();
    setProgress(null);
    if (!bytes.ok) {
      setProblem(bytes.errors[0]!);
      return;
    }
    const known = await knownQuestionnaires();
    const item = await readHandover(bytes.value, known);
    if (!item.ok) {
      setOutcomes((o) => [{ name: tx.qrName, status: 'rejected', errors: item.errors }, ...o]);
      return;
    }
    const outcome = await importOne(new File([asExportText(item.value)], tx.qrName, { type: 'application/json' }));
    setOutcomes((o) => [outcome, ...o]);
    if (outcome.status !== 'ask') stop();
  };

  const scanFrames = async () => {
    const v = video.current;
    if (!v) return;
    const detect = await qrDetector();
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const tick = async () => {
      if (!stream.current) return;
      if (!busy.current && v.videoWidth > 0) {
        busy.current = true;
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        ctx.drawImage(v, 0, 0);
        try {
          for (const text of await detect(ctx.getImageData(0, 0, canvas.width, canvas.height))) await take(text);
        } finally {
          busy.current = false;
        }
      }
      setTimeout(() => void tick(), 120);
    };
    void tick();
  };

  const startCamera = async () => {
    setProblem('');
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(tx.noCamera);
      return;
    }
    setCamera('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      const v = video.current!;
      v.srcObject = stream.current;
      await v.play();
      setCamera('on');
      void scanFrames();
    } catch (e) {
      stream.current = null;
      setCamera('off');
      setProblem(e instanceof DOMException && e.name === 'NotAllowedError' ? tx.cameraRefused : tx.noCamera);
    }
  };

  const fromPhotos = async (files: FileList | null) => {
    const detect = await qrDetector();
    for (const f of [...(files ?? [])]) {
      let texts: string[] = [];
      try {
        texts = await detect(await imagePixels(f));
      } catch {
        setProblem(tx.photoUnreadable(f.name));
        continue;
      }
      if (texts.length === 0) setProblem(tx.photoNoCode(f.name));
      for (const t of texts) await take(t);
    }
  };

  const missing = progress ? Array.from({ length: progress.total }, (_, i) => i + 1).filter((i) => !progress.received.includes(i)) : [];
  return (
    <section class="screen receive" aria-labelledby="receive-title">
      <a class="back-link" href={hrefFor({ name: 'start' })}>
        ← {tx.toStart}
      </a>
      <h1 id="receive-title" tabIndex={-1} ref={heading}>
        {tx.receiveTitle}
      </h1>
      <p class="lead">{tx.receiveIntro}</p>
      <div class="actions">
        {camera === 'off' ? (
          <button type="button" class="button primary large" onClick={() => void startCamera()}>
            {tx.startCamera}
          </button>
        ) : (
          <button type="button" class="button large" onClick={stop}>
            {tx.stopCamera}
          </button>
        )}
        <button type="button" class="button large" onClick={() => photos.current?.click()}>
          {tx.choosePhotos}
        </button>
        <input
          ref={photos}
          id="qr-photos"
          hidden
          type="file"
          accept="image/*"
          multiple
          onChange={(e) => {
            const el = e.currentTarget;
            void fromPhotos(el.files).then(() => (el.value = ''));
          }}
        />
      </div>
      <video ref={video} class={`qr-video${camera === 'off' ? ' off' : ''}`} muted playsInline aria-label={tx.cameraLabel} />
      <div role="status" aria-live="polite" class="receive-status">
        {camera === 'starting' && <p>{tx.cameraStarting}</p>}
        {camera === 'on' && !progress && <p>{tx.scanning}</p>}
        {progress && (
          <p class="notice" data-progress={`${progress.received.length}/${progress.total}`}>
            {tx.partsProgress(progress.received, progress.total)} {missing.length > 0 && tx.partsMissing(missing)}
          </p>
        )}
        {problem && <p class="notice error">{problem}</p>}
      </div>
      {outcomes.length > 0 && (
        <ul class="import-results">
          {outcomes.map((o, i) => (
            <ImportOutcome
              key={i}
              outcome={o}
              onDecide={(d) => {
                if (o.status === 'ask')
                  void applyDecision(o.job, d).then((r) => setOutcomes((all) => all.map((x, j) => (j === i ? { ...r, name: o.name } : x))));
              }}
              onCancel={() => {
                if (o.status === 'ask') dropDecision(o.job);
                setOutcomes((all) => all.map((x, j) => (j === i ? { name: o.name, status: 'rejected', errors: [tx.importCancelled] } : x)));
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
