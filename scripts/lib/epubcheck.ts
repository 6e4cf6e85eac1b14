/**
 * Finds and runs epubcheck (Debian's `epubcheck` package, or any `epubcheck`
 * on the PATH). Debian's /usr/bin/epubcheck is the jar itself, which runs
 * only where binfmt support for jars is set up, so the jar is run with
 * `java -jar` when it is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_JAR = '/usr/share/java/epubcheck.jar';

const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;

/** The command that runs epubcheck here, or undefined when it is not installed. */
export function epubcheckCommand(): string[] | undefined {
  if (existsSync(DEBIAN_JAR) && runs('java', ['-version'])) return ['java', '-jar', DEBIAN_JAR];
  if (runs('epubcheck', ['--version'])) return ['epubcheck'];
  return undefined;
}

/** Runs epubcheck on a file: its exit code and everything it printed. */
export function runEpubcheck(command: readonly string[], file: string): { code: number | null; output: string } {
  const [cmd = '', ...args] = command;
  const run = spawnSync(cmd, [...args, file], { encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}
