/**
 * A tiny PDF writer for synthetic test files (hostile content streams, huge CMaps, deep page trees) that no real
 * producer would write on purpose. Real-tool PDFs live in test/fixtures/attachments (scripts/make-pdf-fixtures.py).
 * Object bodies are Latin-1 strings: one char per byte.
 */
import { zlibSync } from "fflate";

export function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
const stringOf = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
  return s;
};

/** A stream object body; `flate` compresses it as FlateDecode (zlib). */
export function pdfStream(data: string, dict = "", flate = false): string {
  const body = flate ? stringOf(zlibSync(bytesOf(data))) : data;
  return `<< ${dict}${flate ? " /Filter /FlateDecode" : ""} /Length ${body.length} >>\nstream\n${body}\nendstream`;
}

/** Objects numbered from 1, a classic xref table and a trailer with /Root 1 0 R plus `trailerExtra`. */
export function buildPdf(objects: readonly string[], trailerExtra = ""): Uint8Array {
  let out = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(out);
}

/** A one-page PDF: catalog, pages, page with font /F1 = object 5 (`font`), content object 4, then `extra`. */
export function onePage(
  content: string,
  font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  extra: string[] = [],
  trailerExtra = "",
): Uint8Array {
  return buildPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      pdfStream(content, "", true),
      font,
      ...extra,
    ],
    trailerExtra,
  );
}

/** A Type0 Identity-H font whose ToUnicode CMap is object 6 (pass the CMap stream in onePage's `extra`). */
export const TYPE0_WITH_TOUNICODE =
  "<< /Type /Font /Subtype /Type0 /BaseFont /F /Encoding /Identity-H /ToUnicode 6 0 R >>";
