// A tagged PDF made with PDFKit, in the manner of PDF/UA: a structure tree
// under one Document element, every mark on a page either part of an element
// or an artifact, the language (nl-NL), a title shown in the title bar, links
// as Link elements with their annotation, and DejaVu Sans embedded as subsets.
// PDFKit's own text flow is not used: callers place every line themselves
// (pdf-document.ts, diagram-pdf.ts).

import { pdfKit } from './lazy-libraries.ts';
import { type FontWeight, fontFace } from './pdf-fonts.ts';

export type Pdf = PDFKit.PDFDocument;

/** A structure element and its type (PDFKit does not tell the type back). */
export interface Tag {
  type: string;
  element: PDFKit.PDFStructureElement;
}

export interface TaggedPdfOptions {
  title: string;
  author?: string;
  /** Creation date: the caller owns the clock. */
  created?: Date;
}

/** `&`, `<` and `>` as XML writes them. */
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function taggedPdf(options: TaggedPdfOptions): { doc: Pdf; root: Tag } {
  const PDFDocument = pdfKit();
  const dates = options.created ? { CreationDate: options.created, ModDate: options.created } : {};
  const doc = new PDFDocument({
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
    autoFirstPage: false,
    // Footers say "pagina 1 van 3": drawn when the count is known.
    bufferPages: true,
    margin: 0,
    info: {
      Title: options.title,
      ...(options.author ? { Author: options.author } : {}),
      Creator: 'Woonkansboom',
      Producer: 'Woonkansboom (PDFKit)',
      ...dates,
    },
  });
  // PDFKit takes a parsed fontkit font as well as a file: one parse per process.
  for (const weight of ['regular', 'bold'] as const)
    doc.registerFont(weight, fontFace(weight) as unknown as string);
  // PDFKit 0.20 copies the title into the XMP metadata without escaping it,
  // so a title with "&" would make that XML unreadable. The Info dictionary,
  // written before the metadata, keeps the plain title.
  const writeMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    doc.info = { ...doc.info, Title: xmlText(options.title) };
    if (options.author) doc.info.Author = xmlText(options.author);
    writeMetadata();
  };
  const root = { type: 'Document', element: doc.struct('Document') };
  doc.addStructure(root.element);
  return { doc, root };
}

/** A new element of `type` as the last child of `parent`. */
export function tag(
  doc: Pdf,
  parent: Tag,
  type: string,
  options: { alt?: string; scope?: 'Row' | 'Column' } = {},
): Tag {
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  parent.element.add(element);
  return { type, element };
}

/** Sets a standard attribute of an element, e.g. a list's numbering (PDF 1.7, 14.8.5). */
export function tagAttribute(tagged: Tag, owner: 'List' | 'Table', name: string, value: string) {
  const data = (tagged.element as unknown as { dictionary: { data: Record<string, unknown> } })
    .dictionary.data;
  data.A = { ...(data.A as object | undefined), O: owner, [name]: value };
}

/** Draws what `draw` draws as content of `into` (one marked-content sequence). */
export function drawTagged(doc: Pdf, into: Tag, draw: () => void): void {
  const content = doc.markStructureContent(into.type);
  draw();
  doc.endMarkedContent();
  into.element.add(content);
}

/** Draws what is not content: page numbers and running heads, rules, boxes, samples. */
export function drawArtifact(doc: Pdf, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A Link element in `parent`: its text, and an annotation over `area` that opens `url`. */
export function drawLink(
  doc: Pdf,
  parent: Tag,
  url: string,
  area: { x: number; y: number; width: number; height: number },
  draw: () => void,
): void {
  const link = tag(doc, parent, 'Link');
  drawTagged(doc, link, draw);
  const options = { structParent: link.element, Contents: new String(url) };
  doc.link(
    area.x,
    area.y,
    area.width,
    area.height,
    url,
    options as unknown as PDFKit.Mixins.AnnotationOption,
  );
}

/** One line of text with its baseline at `y`, in DejaVu Sans. */
export function drawText(
  doc: Pdf,
  text: string,
  at: { x: number; y: number; size: number; weight: FontWeight; color: string },
): void {
  doc
    .font(at.weight)
    .fontSize(at.size)
    .fillColor(at.color)
    .text(text, at.x, at.y, { lineBreak: false, baseline: 'alphabetic' });
}

/** Ends the document and returns its bytes (a buffer of its own, so it can be transferred). */
export function pdfBytes(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
    doc.end();
  });
}
