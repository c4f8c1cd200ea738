// What one PDF needs, as plain data: it can be rendered here or posted to a
// worker thread (structured clone) and rendered there.

import { advicePdf } from './advice-pdf.ts';
import type { AdviceSummary } from './advice-summary.ts';
import type { DiagramLayout } from './diagram-layout.ts';
import { type DiagramPdfOptions, diagramPdf } from './diagram-pdf.ts';
import { handoutPdf } from './handout-pdf.ts';
import type { HandoutText } from './handout-text.ts';

export type PdfJob =
  | { kind: 'advice'; advice: AdviceSummary; created: Date }
  | { kind: 'handout'; handout: HandoutText; created: Date }
  | { kind: 'diagram'; layout: DiagramLayout; options: DiagramPdfOptions };

/** Renders a job: in this thread (`renderPdfJob`) or in worker threads (`pdfWorkers`). */
export type PdfRenderer = (job: PdfJob) => Promise<Uint8Array>;

export function renderPdfJob(job: PdfJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'advice':
      return advicePdf(job.advice, job.created);
    case 'handout':
      return handoutPdf(job.handout, job.created);
    case 'diagram':
      return diagramPdf(job.layout, job.options);
  }
}
