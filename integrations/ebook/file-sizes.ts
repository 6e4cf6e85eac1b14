/**
 * Files written after the pages (the e-book) have their size shown where
 * pages link to them: components leave `<span data-file-size="/path"></span>`
 * (src/components/EbookLink.astro) and this fills it with ", 123 KB".
 */

/** A size as readers read it: "840 KB", "1.2 MB". */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 1000 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

const PLACEHOLDER = /<span data-file-size="([^"]+)"><\/span>/g;

/** Fills each empty size placeholder whose file `sizeOf` knows; leaves the others as they are. */
export function fillFileSizes(html: string, sizeOf: (path: string) => number | undefined): string {
  return html.replace(PLACEHOLDER, (whole, path: string) => {
    const size = sizeOf(path);
    return size === undefined ? whole : `<span data-file-size="${path}">, ${formatSize(size)}</span>`;
  });
}
