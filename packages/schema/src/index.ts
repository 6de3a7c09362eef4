export * from './text';
export * from './dossier';
export * from './api';
