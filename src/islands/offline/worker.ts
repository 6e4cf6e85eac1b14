/**
 * The service worker's registration, asked for once per page: by the update
 * note when the reader is staying (src/islands/chrome/update-note.ts), or by
 * "Save for offline" on its first press (./save-panel.ts). A refused
 * registration is forgotten, so the next ask tries again.
 */
import { SERVICE_WORKER_URL } from '../../consts';

let registering: Promise<ServiceWorkerRegistration> | undefined;

/** Registers the worker (once), resolving with its registration. */
export function registerWorker(): Promise<ServiceWorkerRegistration> {
  registering ??= navigator.serviceWorker.register(SERVICE_WORKER_URL);
  registering.catch(() => (registering = undefined));
  return registering;
}

/** Whether this page can run the worker: built site (not `astro dev`, which builds none) and a browser with service workers. */
export const canRunWorker = (): boolean => import.meta.env.PROD && 'serviceWorker' in navigator;
