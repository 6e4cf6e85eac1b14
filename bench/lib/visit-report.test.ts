import { describe, expect, it } from 'vitest';
import { replaceSection } from './visit-report.ts';

describe('replaceSection', () => {
  const report = '# R\n\n## A\n\nold a\n\n## B\n\nold b\n';

  it('replaces one section, keeping the ones around it', () => {
    expect(replaceSection(report, '## A', 'new a')).toBe('# R\n\n## A\n\nnew a\n\n## B\n\nold b\n');
    expect(replaceSection(report, '## B', 'new b')).toBe('# R\n\n## A\n\nold a\n\n## B\n\nnew b\n');
  });

  it('adds a section the report lacks at its end', () => {
    expect(replaceSection(report, '## C', 'c')).toBe('# R\n\n## A\n\nold a\n\n## B\n\nold b\n\n## C\n\nc\n');
  });
});
