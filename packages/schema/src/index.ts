export * from './text';
export * from './dossier';
export * from './api';
export * from './json-schema';
export * from './record-api';
export * from './safe-text';
export * from './language';
export * from './accounts';
