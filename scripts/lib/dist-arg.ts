/** The built site a gate reads, as every gate over dist/ takes it on its command line. */

/** The folder after `--dist` in `argv`, else `$DIST`, else `dist`. */
export function distFolder(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const flag = argv.indexOf('--dist');
  const value = flag >= 0 ? argv[flag + 1] : undefined;
  // A bare `--dist` at the end, or followed by another flag, is a mistake, not "use the default".
  if (flag >= 0 && (value === undefined || value.startsWith('--'))) throw new Error('--dist needs a folder: --dist <folder>');
  return value ?? env['DIST'] ?? 'dist';
}
