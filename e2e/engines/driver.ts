/**
 * The one small interface the cross-engine paths (./paths.ts) are written
 * against, so each path exists once and runs in Firefox (./firefox.ts,
 * WebDriver BiDi) and in WebKitGTK (./webkit.ts, W3C WebDriver) alike.
 * Everything else (waiting, finding by text) is built on it here.
 */
import type { Engine } from '../../scripts/lib/engines.ts';

/** A browser profile with one page open in it. */
export interface Driver {
  readonly engine: Engine;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The page's URL. */
  url(): Promise<string>;
  /** Runs `fn` in the page (serialized: it sees only its arguments) and returns its result, awaited. */
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real click (the driver's input, so it counts as a user gesture) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Types `text` key by key into the focused element (or the page when nothing has focus). */
  type(text: string): Promise<void>;
  /** Sets the page's layout viewport to `width` × `height` CSS pixels. */
  viewport(width: number, height: number): Promise<void>;
  /**
   * Uncaught errors, unhandled rejections and CSP violations the page reported since the profile
   * opened. Firefox reports every one from the first byte; WebKitGTK's WebDriver has no log, so
   * there they are collected by listeners added once each page has loaded (`loadTimeErrors` false).
   */
  errors(): Promise<string[]>;
  readonly loadTimeErrors: boolean;
  /** Closes the profile. */
  close(): Promise<void>;
}

/** Starts browser profiles of one engine. */
export interface EngineLauncher {
  readonly engine: Engine;
  /** Versions, for the log. */
  readonly version: string;
  /** A profile with empty storage, caches and service workers; `fresh`: a new browser profile, never a cleared one. */
  profile(options?: { fresh?: boolean }): Promise<Driver>;
  /** Stops the browser (and its WebDriver server). */
  quit(): Promise<void>;
}

/** What a value is once it has passed a truthiness check. */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Polls `fn` in the page until it returns something truthy, and returns that; fails with `what` after `timeout` ms. */
export async function waitFor<A extends unknown[], R>(
  d: Driver,
  what: string,
  fn: (...args: A) => R,
  args: A,
  // Generous: the first search compiles Pagefind's WebAssembly, slow on a busy two-core machine.
  timeout = 20_000,
): Promise<Truthy<Awaited<R>>> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await d.run(fn, ...args);
      if (value) return value as Truthy<Awaited<R>>;
      last = value;
    } catch (error) {
      // A navigation in progress destroys the context the check ran in: try again.
      last = error;
    }
    if (Date.now() > until) throw new Error(`${d.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Marks the first element matching `selector` whose text (trimmed, or its aria-label) equals or matches
 * `text`, and clicks it with the driver's real input. Waits for it to exist and be visible.
 */
export async function clickText(d: Driver, selector: string, text: string | RegExp): Promise<void> {
  const pattern = typeof text === 'string' ? { source: `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' } : text;
  await waitFor(
    d,
    `a visible ${selector} reading "${String(text)}"`,
    (sel: string, source: string, flags: string) => {
      const re = new RegExp(source, flags);
      for (const old of document.querySelectorAll('[data-engine-target]')) old.removeAttribute('data-engine-target');
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find(
        (e) => (re.test((e.textContent ?? '').trim()) || re.test(e.getAttribute('aria-label') ?? '')) && e.getClientRects().length > 0,
      );
      if (!el) return false;
      el.scrollIntoView({ block: 'center' });
      el.setAttribute('data-engine-target', '');
      return true;
    },
    [selector, pattern.source, pattern.flags],
  );
  await d.click('[data-engine-target]');
}

/** Fails with a message naming the engine when `ok` is false. */
export function check(d: Driver, ok: boolean, message: string): void {
  if (!ok) throw new Error(`${d.engine}: ${message}`);
}
