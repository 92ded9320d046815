/**
 * Small PDFs written from known text for the extraction tests: each text is placed at a position (from the
 * page's top left, as a reader sees it) in a font size, in Helvetica (one of the fonts every PDF reader has).
 */
/** A stretch of a line in its own size, raised (a superscript) or lowered by `rise` points. */
export interface Run {
  text: string;
  size?: number;
  rise?: number;
}

export interface PlacedText {
  /** One text, or runs set one after another as the font's widths advance them. */
  text: string | Run[];
  x: number;
  /** The baseline, from the top of the page. */
  y: number;
  size?: number;
}

export interface PageSpec {
  texts: PlacedText[];
  /** Drawing operators of their own (a scanned page's image stands for them: no text). */
  drawing?: string;
}

const WIDTH = 612;
const HEIGHT = 792;

function escaped(text: string): string {
  return text.replace(/[\\()]/g, (c) => '\\' + c);
}

function shown(t: PlacedText): string {
  const runs = typeof t.text === 'string' ? [{ text: t.text }] : t.text;
  const shows = runs.map((r) => `/F1 ${r.size ?? t.size ?? 10} Tf ${r.rise ?? 0} Ts (${escaped(r.text)}) Tj`);
  return `BT 1 0 0 1 ${t.x} ${HEIGHT - t.y} Tm ${shows.join(' ')} ET`;
}

function contentOf(page: PageSpec): string {
  return [...page.texts.map(shown), page.drawing ?? ''].join('\n');
}

/**
 * The bytes of a PDF with these pages. `encryptedWithPassword` adds a standard security handler whose user
 * password is not empty, so a reader must ask for it (the content itself is left as is: no reader gets that far).
 */
export function writePdf(pages: PageSpec[], options: { encryptedWithPassword?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((page) => {
    const content = contentOf(page);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encryptedWithPassword
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'4f'.repeat(32)}> /U <${'55'.repeat(32)}> /P -4 >>`)
    : null;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = `<${'a1'.repeat(16)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of a paragraph set one under another from `y` on, `leading` apart. */
export function paragraph(lines: Array<string | Run[]>, x: number, y: number, size = 10, leading = 12): PlacedText[] {
  return lines.map((text, i) => ({ text, x, y: y + i * leading, size }));
}
