/**
 * The import rules between src/ layers (see ../shared/DESIGN.md and the
 * README's Code layout): the folder says where code runs, so code in one
 * layer may not import a layer that runs elsewhere.
 *   - src/lib (pure, runs anywhere): no stores, islands, data, `astro:*`,
 *     `virtual:*` or Node built-ins.
 *   - src/stores (browser state): no islands, data or `astro:*`.
 *   - src/islands (browser): no data, `astro:content` or `.astro` files.
 */
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The layers with rules. */
export type Layer = 'lib' | 'stores' | 'islands' | 'data';

/** One broken rule: which file imports what, and why that is not allowed. */
export interface LayerViolation {
  file: string;
  specifier: string;
  reason: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The layer a path under src/ belongs to, if any. */
export function layerOf(srcRelativePath: string): Layer | undefined {
  const top = srcRelativePath.split(/[\\/]/)[0];
  return top === 'lib' || top === 'stores' || top === 'islands' || top === 'data' ? top : undefined;
}

/** Every module specifier a TypeScript source imports, statically or dynamically (`import()`), or re-exports. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** Why `specifier`, imported from a file in `from`, breaks a rule; undefined when it is allowed. */
function ruleBroken(from: Layer, specifier: string, target: Layer | undefined): string | undefined {
  const forbidden: Record<Layer, Layer[]> = {
    lib: ['stores', 'islands', 'data'],
    stores: ['islands', 'data'],
    islands: ['data'],
    data: [],
  };
  if (target && forbidden[from].includes(target)) return `src/${from} may not import src/${target}`;
  if (from === 'lib' && (specifier.startsWith('astro:') || specifier.startsWith('virtual:')))
    return 'src/lib is pure: no astro:* or virtual:* modules';
  if (from === 'lib' && NODE_BUILTINS.has(specifier)) return 'src/lib runs in the browser too: no Node built-ins';
  if (from === 'stores' && specifier.startsWith('astro:')) return 'src/stores runs in the browser: no astro:* modules';
  if (from === 'islands' && specifier === 'astro:content') return 'src/islands get content as props, never from astro:content';
  if (from === 'islands' && specifier.endsWith('.astro')) return 'src/islands run in the browser: no .astro components';
  return undefined;
}

/**
 * Checks one file's imports. `file` is relative to src/ ("lib/quiz.ts");
 * relative specifiers are resolved against it to find the target's layer.
 */
export function checkFile(file: string, source: string): LayerViolation[] {
  const from = layerOf(file);
  if (!from) return [];
  return importsOf(source).flatMap((specifier) => {
    const target = specifier.startsWith('.')
      ? layerOf(
          relative('.', join(dirname(file), specifier))
            .split(sep)
            .join('/'),
        )
      : undefined;
    const reason = ruleBroken(from, specifier, target);
    return reason ? [{ file: `src/${file}`, specifier, reason }] : [];
  });
}

/** Preact's functions that start a root by hand; islands are started by Astro's directives instead. */
const ROOT_STARTERS = new Set(['render', 'hydrate']);

/**
 * The hand-mounted Preact roots in a source (TypeScript, or an .astro
 * component's `<script>`): every import of `render` or `hydrate` from
 * `preact` or `preact/compat`. Kindred's Preact components are Astro islands,
 * mounted only by `client:*` directives.
 */
export function handMountedRoots(source: string): string[] {
  const file = ts.createSourceFile('x.tsx', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  return file.statements.flatMap((s) => {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) return [];
    if (s.moduleSpecifier.text !== 'preact' && s.moduleSpecifier.text !== 'preact/compat') return [];
    const named = s.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) return [];
    return named.elements.map((e) => (e.propertyName ?? e.name).text).filter((name) => ROOT_STARTERS.has(name));
  });
}
