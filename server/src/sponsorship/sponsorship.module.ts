import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { SponsorshipController } from './sponsorship.controller';
import { SponsorshipService } from './sponsorship.service';

@Module({ imports: [CollabModule], controllers: [SponsorshipController], providers: [SponsorshipService] })
export class SponsorshipModule {}
