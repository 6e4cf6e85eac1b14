import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes a Preact component to a nanostore and returns its value: the
 * contract of @nanostores/preact's useStore, without its key-filtering
 * code, which Kindred never uses and which cost every island page 0.3 KB.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  const rendered = store.get();
  useEffect(() => {
    // A change between render and subscription would otherwise be missed.
    if (store.get() !== rendered) rerender({});
    return store.listen(() => rerender({}));
  }, [store]);
  return store.get();
}
