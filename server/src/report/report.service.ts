import { Injectable } from '@nestjs/common';
import {
  composeReport,
  renderReport,
  renderReportDocx,
  type ComposedReport,
  type ReportFormat,
  type ReportWarning,
} from '@concordia/report';
import type { Committee, Language } from '@concordia/schema';
import { DossierService } from '../dossier/dossier.service';
import { ApiException } from '../common/errors';

export interface RenderedReport {
  body: string | Buffer;
  contentType: string;
  filename: string;
  warnings: ReportWarning[];
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  akn: 'application/akn+xml; charset=utf-8',
};
const EXTENSIONS: Record<ReportFormat, string> = { txt: 'txt', html: 'html', docx: 'docx', akn: 'xml' };

/** The report is a pure function of the record: the session is exported as a dossier and composed from it. */
@Injectable()
export class ReportService {
  constructor(private readonly dossiers: DossierService) {}

  async compose(
    session: number,
    committee: Committee,
    item: string,
    lang: Language,
  ): Promise<ComposedReport> {
    const dossier = await this.dossiers.export(session, committee);
    if (!dossier.agendaItems.some((a) => a.number === item)) {
      throw new ApiException(
        'agenda-item-not-found',
        `Agenda item ${item} is not on the agenda of session ${session} (${committee}).`,
        { item: item, session: session, committee: committee },
      );
    }
    return composeReport(dossier, { agendaItem: item, lang });
  }

  async render(
    session: number,
    committee: Committee,
    item: string,
    lang: Language,
    format: ReportFormat,
  ): Promise<RenderedReport> {
    const report = await this.compose(session, committee, item, lang);
    const body = format === 'docx' ? await renderReportDocx(report) : renderReport(report, format);
    const slug = item.replace(/[^\w]+/g, '');
    return {
      body,
      contentType: CONTENT_TYPES[format],
      filename: `report-${session}-${committee}-${slug}-${lang}.${EXTENSIONS[format]}`,
      warnings: report.warnings,
    };
  }
}
