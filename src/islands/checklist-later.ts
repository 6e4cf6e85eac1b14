/**
 * What the checklist plan (./Checklist.tsx) loads after the page has
 * started: the habits and the tools (rendered when the reader scrolls near
 * them), the restore prompt (when the page opens with a restore link) and
 * the request to keep storage (once there is progress). One module behind
 * one `import()`, so the plan carries a single loader.
 */
import ChecklistHabits from './ChecklistHabits';
import ChecklistRestore from './ChecklistRestore';
import ChecklistTools from './ChecklistTools';
import { askToKeep } from '../stores/keep';

// Imported, then exported (not `export … from`): re-exports make the bundler build a namespace object at run time.
export { askToKeep, ChecklistHabits, ChecklistRestore, ChecklistTools };
