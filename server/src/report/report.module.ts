import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { CLI_COMMANDS } from '../cli/commands';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';
import { reportCommand } from './report.command';

CLI_COMMANDS.push(reportCommand);

@Module({
  imports: [DossierModule],
  controllers: [ReportController],
  providers: [ReportService],
  exports: [ReportService],
})
export class ReportModule {}
