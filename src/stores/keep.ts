/**
 * Whether this browser keeps the reader's progress (src/lib/checklist/keep-progress.ts),
 * and asking it to. Loaded on demand by the checklist: after the first tick,
 * on later visits with progress, and with the tools.
 */
import { atom } from 'nanostores';
import { isSafariTab, keepStateOf, type KeepState } from '../lib/checklist/keep-progress';

/** How safe progress is here; null until the browser has answered. */
export const $keep = atom<KeepState | null>(null);

let asked = false;

const safariTab = () =>
  isSafariTab(
    navigator.userAgent,
    matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true,
  );

/** Reads whether the browser persists this site's storage, without asking for anything. */
export async function checkKeep(): Promise<KeepState> {
  let persisted = false;
  try {
    persisted = (await navigator.storage.persisted()) === true;
  } catch {
    // No answer, or no such API (a TypeError here): treat as not kept.
  }
  const state = keepStateOf(persisted, safariTab());
  $keep.set(state);
  return state;
}

/**
 * Asks the browser, once per page, to keep this site's storage, unless it
 * already does. The browser decides without a prompt of ours (Chromium by
 * how much the reader uses the site, Firefox may ask); a refusal is asked
 * again on a later visit.
 */
export async function askToKeep(): Promise<KeepState> {
  const state = await checkKeep();
  if (state === 'protected' || asked) return state;
  asked = true;
  try {
    await navigator.storage.persist();
  } catch {
    // Refused, or no such API: the advice to install or save a link stays.
  }
  return checkKeep();
}
