/** How sure the reader was before answering a quiz statement. Pure; kept tiny because the quiz loads it up front. */

/** How sure the reader was. */
export type Confidence = 'sure' | 'think' | 'guess';

/** The choices, in the order they are offered, with their labels. */
export const CONFIDENCE_CHOICES: readonly { value: Confidence; label: string }[] = [
  { value: 'sure', label: 'Sure' },
  { value: 'think', label: 'Think so' },
  { value: 'guess', label: 'Guessing' },
];

/** What the reader picks unless they change it. */
export const DEFAULT_CONFIDENCE: Confidence = 'think';

/** Whether a stored value is one of the choices. */
export const isConfidence = (v: unknown): v is Confidence => v === 'sure' || v === 'think' || v === 'guess';
