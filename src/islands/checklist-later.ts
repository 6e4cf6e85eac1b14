/**
 * What the checklist plan (./Checklist.tsx) loads after the page has
 * started: the habits and the tools, rendered when the reader scrolls near
 * them. One module behind one `import()`, so the plan carries a single
 * loader and one list of the files it needs.
 */
export { default as ChecklistHabits } from './ChecklistHabits';
export { default as ChecklistTools } from './ChecklistTools';
