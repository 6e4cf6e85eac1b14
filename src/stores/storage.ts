/**
 * Storage that never throws and never hides saved progress. localStorage
 * when the browser allows it; when it refuses writes (full, blocked, private
 * mode, a policy), at startup or mid-session, what it still lets us read is
 * copied into memory, the page keeps working there, and $storageWorks turns
 * false so the islands can say that new changes won't be kept.
 * sessionStorage (per tab) gets the same treatment, without the flag.
 */
import { atom } from 'nanostores';
import { STORAGE_PREFIX } from '../consts';

/** Reads and writes that never throw. */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): void;
  /**
   * Writes only if the browser takes it, false if it refuses: for a spare copy that must never
   * turn storage off for the reader's own changes (write() falls back to memory).
   */
  writeIfRoom(key: string, value: string): boolean;
  remove(key: string): void;
}

/** False when the browser will not keep this site's data (progress lives in memory until the tab closes). */
export const $storageWorks = atom(true);

function createSafeStorage(area: () => Storage, onFallback: () => void): SafeStorage {
  const memory = new Map<string, string>();
  let works = typeof window !== 'undefined';

  /** Switches to memory, keeping every value of ours the browser still lets us read. */
  const fallBack = () => {
    if (!works) return;
    works = false;
    try {
      const storage = area();
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        const value = key === null ? null : storage.getItem(key);
        if (key?.startsWith(STORAGE_PREFIX) && value !== null && !memory.has(key)) memory.set(key, value);
      }
    } catch {
      // Unreadable too: memory starts empty.
    }
    onFallback();
  };

  if (works) {
    try {
      const probe = `${STORAGE_PREFIX}probe`;
      area().setItem(probe, '1');
      area().removeItem(probe);
    } catch {
      fallBack(); // read what is saved before deciding it is lost: getItem may still work
    }
  }

  return {
    read(key) {
      if (works) {
        try {
          return area().getItem(key);
        } catch {
          fallBack();
        }
      }
      return memory.get(key) ?? null;
    },
    write(key, value) {
      if (works) {
        try {
          area().setItem(key, value);
          return;
        } catch {
          fallBack();
        }
      }
      memory.set(key, value);
    },
    writeIfRoom(key, value) {
      if (!works) {
        memory.set(key, value);
        return true;
      }
      try {
        area().setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      if (!works) return;
      try {
        area().removeItem(key);
      } catch {
        // Nothing to do: a key the browser won't remove stays where it is.
      }
    },
  };
}

/** This site's localStorage, shared by every tab. */
export const localStore = createSafeStorage(
  () => localStorage,
  () => $storageWorks.set(false),
);

/** This tab's sessionStorage. */
export const sessionStore = createSafeStorage(
  () => sessionStorage,
  () => {},
);
