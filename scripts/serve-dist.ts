/**
 * Serves the built dist/ as a static host would, with dist/_headers applied
 * (scripts/lib/static-host.ts): `node scripts/serve-dist.ts [--port N]`.
 * Playwright starts it for e2e/headers.spec.ts.
 */
import { parseArgs } from 'node:util';
import { startStaticHost } from './lib/static-host.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4328' }, dist: { type: 'string', default: 'dist' } } });
const host = await startStaticHost(values.dist, Number(values.port), 'localhost');
console.log(`Serving ${values.dist}/ with its _headers at ${host.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => host.stop().then(() => process.exit(0)));
