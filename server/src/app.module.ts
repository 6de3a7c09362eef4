import { Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config/config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CollabModule } from './collab/collab.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DossierModule } from './dossier/dossier.module';
import { HealthModule } from './health/health.module';
import { loggerModule } from './http/logging';
import { MeetingsModule } from './meetings/meetings.module';
import { RecordModule } from './record/record.module';
import { RedisModule } from './redis/redis.module';
import { SafeTextModule } from './safe-text/safe-text.module';
import { ReportModule } from './report/report.module';
import { SponsorshipModule } from './sponsorship/sponsorship.module';
import { StatusModule } from './status/status.module';
import { UsersModule } from './users/users.module';
import { NegotiationModule } from './negotiation/negotiation.module';

/** Feature modules; new features add their module here. */
const FEATURES = [
  HealthModule,
  AuthModule,
  UsersModule,
  RecordModule,
  DossierModule,
  DemoModule,
  ReportModule,
  AuditModule,
  SponsorshipModule,
  CollabModule,
  MeetingsModule,
  StatusModule,
  NegotiationModule,
  SafeTextModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [loggerModule(config), DatabaseModule, RedisModule, ...FEATURES],
    };
  }
}
