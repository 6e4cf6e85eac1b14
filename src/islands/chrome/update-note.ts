/**
 * `<update-note>`: registers the offline worker when a reader stays, and says when a new version took over. Its markup is src/components/UpdateNote.astro;
 * BaseLayout's one script defines it with the rest of the page chrome.
 */
import { canRunWorker, registerWorker } from '../offline/worker';

class UpdateNote extends HTMLElement {
  connectedCallback() {
    if (!canRunWorker()) return;
    const workers = navigator.serviceWorker;
    // A page first taken over by a worker is no news; a worker replacing the one in charge is a new version.
    if (workers.controller) {
      workers.addEventListener('controllerchange', () => {
        const note = this.querySelector('p');
        if (note) note.hidden = false;
      });
    }
    // A reader who opens one page and leaves never pays for offline reading (the worker and the offline
    // page it keeps weigh more than a tip page). The worker comes with the second page of a visit (the
    // reader followed a link here), in the installed app, or when "Save for offline" is pressed; once
    // in place, registering again on every page keeps it up to date.
    const staying =
      !!workers.controller || document.referrer.startsWith(`${location.origin}/`) || matchMedia('(display-mode: standalone)').matches;
    if (staying) addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(() => registerWorker().catch(() => {})));
  }
}
customElements.define('update-note', UpdateNote);
