/**
 * "Save for offline": loaded when a reader presses the button (see
 * src/islands/chrome/save-offline.ts). First press: fetch the build's list and say
 * how much it takes. Second press: download every file into a new cache
 * named for the build, with progress; write the marker last, then delete
 * older copies, so the service worker switches to the new copy whole.
 */
import { deleteOtherCopies, findSavedCopy, formatBytes, savedCacheName, type OfflineList, type SavedCopy } from '../../lib/offline/offline';
import { downloadCopy, fetchOfflineList } from './download';
import { registerWorker } from './worker';

/** How long a saved copy waits for the worker that reads it before saying it isn't running yet. */
const WORKER_WAIT_MS = 10_000;

/** One download at a time, even with two buttons on the page (the guide and the footer). */
let running: Promise<void> | undefined;

/** Takes over one button box (`<save-offline>`) and runs its first step. */
export function attach(box: HTMLElement): void {
  const button = box.querySelector('button');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  const bar = box.querySelector('progress');
  // Every press of the button asks to attach (src/islands/chrome/save-offline.ts); only the first one does.
  if (!button || !status || !bar || box.hasAttribute('data-attached')) return;
  box.setAttribute('data-attached', '');
  let list: OfflineList | undefined;

  // aria-disabled rather than disabled: the button keeps focus while it works.
  const busy = (on: boolean) => button.setAttribute('aria-disabled', String(on));
  const say = (text: string) => (status.textContent = text);

  const check = async () => {
    busy(true);
    say('Checking what saving takes…');
    // The worker serves the saved copy; a reader saving on their first page has none yet (see src/islands/chrome/update-note.ts).
    registerWorker().catch(() => {}); // reported if the reader goes on to save
    list = await fetchOfflineList();
    const saved = await findSavedCopy(caches);
    const size = formatBytes(list.total);
    if (saved?.build === list.build) {
      // Nothing to do: the next press checks again.
      say(`Kindred is saved on this device (${size}): all ${list.pages} pages and search work without a connection.`);
      button.textContent = 'Saved for offline';
      list = undefined;
    } else {
      say(
        `${saved ? 'Your saved copy is from an older version. ' : ''}Saving all ${list.pages} pages and the search index uses ${size} on this device.`,
      );
      button.textContent = `Download ${size}`;
    }
  };

  const save = async (what: OfflineList) => {
    busy(true);
    // Without its worker a saved copy would never be read: a refused registration stops here, before any download.
    await registerWorker().catch(() => {
      throw new Error('this browser would not start the part of Kindred that reads offline copies');
    });
    button.textContent = 'Saving…';
    bar.hidden = false;
    bar.max = what.total;
    bar.value = 0;
    let told = 0;
    say(`Saving… 0 of ${formatBytes(what.total)}`);
    const copy: SavedCopy = await downloadCopy(what, caches, (done) => {
      bar.value = done;
      // The status is read aloud: a word every quarter, the bar shows the rest.
      const quarter = Math.floor((done / what.total) * 4);
      if (quarter > told && done < what.total) {
        told = quarter;
        say(`Saving… ${formatBytes(done)} of ${formatBytes(what.total)}`);
      }
    });
    await deleteOtherCopies(caches, savedCacheName(copy.build));
    // The copy is only read by the worker: "Saved" is true once it runs.
    const workerRuns = await workerReady(WORKER_WAIT_MS).then(
      () => true,
      () => false,
    );
    bar.hidden = true;
    say(
      workerRuns
        ? `Saved. All ${copy.pages} pages and search now work on this device without a connection.`
        : `Saved, but the part of Kindred that opens it offline hasn't started yet. Reload this page while you are online, then it will.`,
    );
    button.textContent = 'Saved for offline';
    list = undefined;
  };

  const press = () => {
    if (running || button.getAttribute('aria-disabled') === 'true') return;
    const step = list ? save(list) : check();
    running = step
      .catch((error: unknown) => {
        bar.hidden = true;
        list = undefined;
        button.textContent = 'Try again';
        say(
          `Saving didn't work: ${error instanceof Error ? error.message : 'something went wrong'}. Nothing changed; try again while you are online.`,
        );
      })
      .finally(() => {
        running = undefined;
        busy(false);
      });
  };
  button.addEventListener('click', press);
  press();
}

/** Resolves once a worker is active for this site (navigator.serviceWorker.ready), or rejects after `ms`. */
// Here, not in ./worker.ts: that module is in every page's shared chunk, and only this panel waits.
function workerReady(ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service worker did not start in time')), ms);
    navigator.serviceWorker.ready.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
