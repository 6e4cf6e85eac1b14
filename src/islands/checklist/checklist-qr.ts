/**
 * QR codes for restore links, drawn in the browser by qrcode-generator and
 * loaded only when a reader asks for a link. The library's SVG output is
 * attributes only (no inline styles), so a hash-only CSP accepts it.
 */
import qrcode from 'qrcode-generator';

/** An SVG QR code for `text`, scalable (sized by CSS), with `title` as its accessible name. */
export function qrSvg(text: string, title: string): string {
  // Type 0: the smallest version that fits; M: recovers from ~15% damage (a scratched screen, a glare).
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 16, scalable: true, title } as Parameters<typeof qr.createSvgTag>[0]);
}
