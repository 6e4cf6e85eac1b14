/**
 * "Continue on another device": a restore link holding the reader's
 * progress as it is now (src/lib/checklist/restore.ts), shown as text to
 * copy, through the system share sheet where there is one, and as a QR code
 * drawn by ./checklist-qr.ts, loaded only once the reader opens this.
 * Nothing is sent anywhere: the progress travels in the link's fragment.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanDay } from '../../lib/checklist/checklist';
import type { ChecklistState } from '../../lib/checklist/state';
import { encodeRestore, restoreLink } from '../../lib/checklist/restore';
import { focusOnMount } from './focus-on-mount';

interface Props {
  state: ChecklistState;
  days: PlanDay[];
  habitIds: string[];
  today: string;
  /** Tells the tools' live region what happened. */
  say(text: string): void;
}

export default function ChecklistMove({ state, days, habitIds, today, say }: Props) {
  const [open, setOpen] = useState(false);
  const [qr, setQr] = useState<string | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const link = restoreLink(location.origin, encodeRestore(state, { dayIds: days.map((d) => d.id), habitIds }, today));

  useEffect(() => {
    if (!open) return;
    let current = true;
    import('./checklist-qr').then(
      ({ qrSvg }) => current && setQr(qrSvg(link, 'QR code of your restore link')),
      () => current && setQrFailed(true),
    );
    return () => {
      current = false;
    };
  }, [open, link]);

  // Opening moves focus to the link (./focus-on-mount.ts); hiding brings it back to the button.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const toggle = (
    <div class="tool-row">
      <button type="button" class="button" ref={toggleRef} aria-expanded={open} aria-controls="move-panel" onClick={() => setOpen(!open)}>
        {open ? 'Hide the link' : 'Continue on another device'}
      </button>
      {!open && <span class="tool-hint">Makes a link, and a QR code, that carry your progress.</span>}
    </div>
  );
  if (!open) return toggle;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      say('Link copied. Open it on your other device.');
    } catch {
      (document.getElementById('restore-link') as HTMLInputElement | null)?.select();
      say("This browser didn't let the page copy. The link is selected: copy it with your usual keys.");
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: 'My Kindred 7-day plan', text: 'Open this link to continue my Kindred checklist:', url: link });
    } catch {
      // Closing the share sheet rejects too: nothing to say.
    }
  };

  return (
    <>
      {toggle}
      <section id="move-panel" class="move" aria-labelledby="move-title">
        <h3 id="move-title">Continue on another device</h3>
        <p>
          Open this link on your phone or another computer to carry your progress there. It holds your ticks as they are now and is read
          only by your browser: it never reaches us. Anyone you give it to can see your progress.
        </p>
        <label for="restore-link">Your restore link</label>
        <input
          id="restore-link"
          ref={focusOnMount}
          class="move-link"
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div class="tool-row">
          <button type="button" class="button primary" onClick={() => void copy()}>
            Copy link
          </button>
          {typeof navigator.share === 'function' && (
            <button type="button" class="button" onClick={() => void share()}>
              Share…
            </button>
          )}
        </div>
        <figure class="move-qr">
          {qr ? (
            <div class="qr" dangerouslySetInnerHTML={{ __html: qr }} />
          ) : (
            <p class="tool-hint">{qrFailed ? "The QR code couldn't load. The link above works the same." : 'Drawing the QR code…'}</p>
          )}
          <figcaption>Or scan this with the other device's camera.</figcaption>
        </figure>
      </section>
    </>
  );
}
