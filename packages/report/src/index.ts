/**
 * @concordia/report — the Committee's report to the General Assembly on one agenda item, generated from the
 * record, in French or English, as plain text, HTML, Word (docx) or Akoma Ntoso.
 */
import type { ComposedReport } from './model';
import { renderAkn } from './render/akn';
import { renderHtml } from './render/html';
import { renderTxt } from './render/txt';

export { composeReport, SENTENCE_FORM_MAX } from './compose';
export { renderReportDocx } from './render/docx';
export type {
  Chapter,
  ComposedReport,
  Footnote,
  HeadingBlock,
  Inline,
  Paragraph,
  RecommendedDraft,
  ReportAnnex,
  ReportWarning,
  SubParagraph,
  TextItem,
  TextParagraph,
  VoteGroup,
  VoteRecord,
} from './model';

export type ReportFormat = 'txt' | 'html' | 'docx' | 'akn';

export function renderReport(report: ComposedReport, format: 'txt' | 'html' | 'akn'): string {
  switch (format) {
    case 'txt':
      return renderTxt(report);
    case 'html':
      return renderHtml(report);
    case 'akn':
      return renderAkn(report);
    default:
      throw new Error(
        `Unknown report format "${String(format)}": use txt, html or akn (docx has renderReportDocx)`,
      );
  }
}
