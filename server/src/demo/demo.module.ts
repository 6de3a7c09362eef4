import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { UsersModule } from '../users/users.module';
import { DemoService } from './demo.service';

@Module({ imports: [UsersModule, DossierModule], providers: [DemoService], exports: [DemoService] })
export class DemoModule {}
