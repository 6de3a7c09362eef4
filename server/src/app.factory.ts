import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import type { AppConfig } from './config/config';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['error'],
  warn: ['error', 'warn'],
  log: ['error', 'warn', 'log'],
  debug: ['error', 'warn', 'log', 'debug'],
};

/** Builds the application (not listening): the REST API under /api, its OpenAPI document, and the web client. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: LEVELS[config.logLevel],
    bufferLogs: true,
    bodyParser: false,
  });
  // Nest's own messages and every Logger call go out as pino JSON lines, like the request log.
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  const http = app.getHttpAdapter().getInstance() as express.Express;
  // req.ip, req.protocol (so req.secure and Secure cookies) and X-Forwarded-* only through trusted proxies.
  http.set('trust proxy', config.trustProxy);
  http.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(cookieParser());
  // No body parser here: AuthGuard reads bodies once the caller is known (see http/body.ts).
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new HttpExceptionFilter());
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Concordia API')
      .setDescription(
        'Drafting, negotiation and the record of the Third Committee. Request and response shapes are the zod schemas of @concordia/schema.',
      )
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs/json' });
  serveClient(app, config.clientDir);
  return app;
}

/**
 * Security headers for the API and the built client (helmet). The policy fits the Vite build: scripts only
 * from the app's own files; inline styles allowed because the editor (TipTap/ProseMirror) injects its base
 * stylesheet and the collaboration carets set style attributes; sockets to the same host ('self' covers ws:
 * and wss: of the page's own host in CSP Level 3). HSTS only on requests that arrived over TLS (directly, or
 * through a trusted proxy): sending it over plain HTTP means nothing, and a deployment without TLS must not be
 * pinned to it.
 */
function securityHeaders() {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 3600, includeSubDomains: false });
  return (req: Request, res: Response, next: NextFunction) => {
    headers(req, res, (err?: unknown) => {
      if (err || !req.secure) return next(err);
      hsts(req, res, next);
    });
  };
}

/** The built client is served from the same port; unknown paths outside /api get index.html (client routing). */
function serveClient(app: INestApplication, dir: string) {
  const index = path.join(dir, 'index.html');
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.use(express.static(dir, { index: false, maxAge: '1h' }));
  http.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/collab')) return next();
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send(`The web client is not built (no ${index}). Run "pnpm build" first.`);
      return;
    }
    res.sendFile(index);
  });
}
