/**
 * Starts the checklist on /checklist/: renders the plan (./Checklist.tsx)
 * in place of the page's printable list, with the props the page wrote into
 * `data-props` at build time. The plan then mounts the habits and the tools
 * itself (./mount-on-view.ts).
 *
 * A plain module script rather than an Astro island: the checklist renders
 * only in the browser anyway (what it shows is stored progress), and
 * without an island the page loads none of Astro's island runtime (its
 * custom element, the `only` directive and the renderer, about 2.7 KB gzip).
 */
import { h, render } from 'preact';
import Checklist, { type ChecklistProps } from './Checklist';

const el = document.getElementById('checklist-plan');
const raw = el?.dataset['props'];
if (el && raw) {
  // Parsed before the static list is cleared: a broken page keeps its printable plan.
  const props = JSON.parse(raw) as ChecklistProps;
  el.textContent = '';
  render(h(Checklist, props), el);
}
