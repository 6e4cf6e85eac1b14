/**
 * The storage every persistent store uses: localStorage when the browser
 * allows it, memory when it is blocked, disabled or full. Writing never
 * throws, so a refused write can't stop the page from updating. Import this
 * module before creating any persistent store (each store file does).
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { STORAGE_PREFIX } from '../consts';

function storageWorks(): boolean {
  try {
    const probe = `${STORAGE_PREFIX}probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** False when the browser will not keep data (progress lives in memory until the tab closes). */
export const $storageWorks = atom(typeof window !== 'undefined' && storageWorks());

const memory = new Map<string, string>();

/** Switches to memory, keeping what localStorage still lets us read. */
function fallBackToMemory(): void {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const value = key === null ? null : localStorage.getItem(key);
      if (key?.startsWith(STORAGE_PREFIX) && value !== null && !memory.has(key)) memory.set(key, value);
    }
  } catch {
    // Unreadable too: memory starts empty.
  }
  $storageWorks.set(false);
}

function read(key: string): string | undefined {
  if ($storageWorks.get()) {
    try {
      return localStorage.getItem(key) ?? undefined;
    } catch {
      fallBackToMemory();
    }
  }
  return memory.get(key);
}

function write(key: string, value: string): void {
  if ($storageWorks.get()) {
    try {
      localStorage.setItem(key, value);
      return;
    } catch {
      fallBackToMemory(); // full or revoked
    }
  }
  memory.set(key, value);
}

function remove(key: string): void {
  memory.delete(key);
  try {
    if ($storageWorks.get()) localStorage.removeItem(key);
  } catch {
    fallBackToMemory();
  }
}

// @nanostores/persistent reads and writes its engine like an object.
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
  set: (_, key, value) => {
    if (typeof key === 'string') write(key, String(value));
    return true;
  },
  has: (_, key) => typeof key === 'string' && read(key) !== undefined,
  deleteProperty: (_, key) => {
    if (typeof key === 'string') remove(key);
    return true;
  },
});

if (typeof window !== 'undefined') setPersistentEngine(engine, windowPersistentEvents);
