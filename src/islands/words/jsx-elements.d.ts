/** Lets Preact components render <word-message> (./word-message.ts) with its message id. */
import 'preact';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'word-message': HTMLAttributes<HTMLElement> & { 'data-id': string };
    }
  }
}
