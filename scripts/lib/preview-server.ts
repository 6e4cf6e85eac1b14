/**
 * Serves a built site with Astro's own preview server (Vite's, which
 * compresses responses like a static host would) for measurements and gates.
 */
import { preview } from 'astro';

/** A running preview: its base URL and how to stop it. */
export interface RunningPreview {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `astro preview` for the project in `root` (its dist/) on `port` (0: any free port). */
export async function startPreview(root = '.', port = 0, host = '127.0.0.1'): Promise<RunningPreview> {
  const server = await preview({ root, logLevel: 'error', server: { port, host } });
  return { url: `http://${host}:${server.port}`, stop: () => server.stop() };
}
