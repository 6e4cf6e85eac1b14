/**
 * A controllable browser for store tests: a localStorage and a
 * sessionStorage that can refuse writes (as a full or blocked store does),
 * and a window that delivers `storage` events the way another tab's write
 * would. Installed as globals before a store module is imported.
 */
import { vi } from 'vitest';

/** A Storage whose writes can be refused. */
export class FakeStorage {
  readonly map = new Map<string, string>();
  refuseWrites = false;
  /** Values longer than this are refused, as a nearly full store refuses a big one but takes a small one. */
  refuseLongerThan = Number.POSITIVE_INFINITY;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuseWrites || String(v).length > this.refuseLongerThan)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

/** A fake browser: its storages, and a way to act as another tab. */
export interface FakeBrowser {
  local: FakeStorage;
  session: FakeStorage;
  /** Another tab writes `value` under `key`: storage changes and this tab hears the event. */
  otherTabWrites(key: string, value: string | null): void;
}

/** Installs fresh storages and a window; call before importing a store (after vi.resetModules()). */
export function installFakeBrowser(): FakeBrowser {
  const local = new FakeStorage();
  const session = new FakeStorage();
  const target = new EventTarget();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
  vi.stubGlobal('window', target);
  return {
    local,
    session,
    otherTabWrites(key, value) {
      if (value === null) local.map.delete(key);
      else local.map.set(key, value);
      target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
    },
  };
}
