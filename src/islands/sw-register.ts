/**
 * Part of the header script on every page: registers the service worker
 * (src/sw/) once the page is idle, if the reader is staying; says quietly
 * when a new deploy's worker has taken over; and shows the "Save for
 * offline" buttons, whose code (./offline/save-panel) loads only when one
 * is pressed (and registers the worker itself). Not in `astro dev` (no
 * worker is built there) nor in browsers without service workers, where
 * the buttons stay hidden.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const workers = navigator.serviceWorker;
  // A page first taken over by a worker is no news; a worker replacing the one in charge is a new version.
  if (workers.controller) {
    workers.addEventListener('controllerchange', () => {
      // BaseLayout puts the note on every page.
      document.querySelector<HTMLElement>('.update-note p')!.hidden = false;
    });
  }
  // A reader who opens one page and leaves never pays for offline reading (the worker and the offline
  // page it keeps weigh more than a tip page). The worker comes with the second page of a visit (the
  // reader followed a link here), in the installed app, or when "Save for offline" is pressed; once
  // in place, registering again on every page keeps it up to date.
  const staying =
    !!workers.controller ||
    document.referrer.startsWith(`${location.origin}/`) ||
    matchMedia('(display-mode: standalone)').matches;
  if (staying) addEventListener('load', () => (window.requestIdleCallback ?? setTimeout)(() => workers.register('/sw.js').catch(() => {})));

  for (const box of document.querySelectorAll<HTMLElement>('[data-save-offline]')) {
    box.hidden = false;
    // The panel takes over the button on its first press; later presses find it attached (a no-op here).
    // If loading fails (offline), the next press tries again.
    const button = box.querySelector('button');
    if (button) button.onclick = () => import('./offline/save-panel').then((panel) => panel.attach(box), () => {});
  }
}
