import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cspHash, readInlineScripts, virtualModuleSource } from './inline-scripts.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readInlineScripts', () => {
  it('bundles each script with what it imports, drops unused exports, hashes the code and lists its inputs', () => {
    dir = mkdtempSync(join(tmpdir(), 'inline-'));
    writeFileSync(join(dir, 'keys.ts'), "export const USED = 'kindred:used';\nexport const UNUSED = 'kindred:unused';\n");
    writeFileSync(join(dir, 'reading-size.ts'), "import { USED } from './keys';\ndocument.title = USED;\n");
    const [keys, script] = readInlineScripts(dir);
    expect(keys?.name).toBe('keys');
    expect(script?.name).toBe('reading-size');
    expect(script?.code).toContain('kindred:used');
    expect(script?.code).not.toContain('kindred:unused');
    expect(script?.hash).toBe(cspHash(script?.code ?? ''));
    expect(script?.inputs.sort()).toEqual([join(dir, 'keys.ts'), join(dir, 'reading-size.ts')]);
    expect(virtualModuleSource(script ? [script] : [])).toBe(`export const readingSize = ${JSON.stringify(script?.code)};`);
  });
});
