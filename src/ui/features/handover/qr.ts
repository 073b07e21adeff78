// QR codes drawn as SVG (qrcode-generator, loaded on first use in its own chunk).

/** The QR code of `text` (error correction M, alphanumeric mode) as an SVG path of dark modules,
 * with a quiet zone of four modules; `size` is the number of modules across. The generator is
 * loaded on first use (its own chunk). */
export async function qrPath(text: string): Promise<{ d: string; size: number }> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  return { d, size: n + 8 };
}
