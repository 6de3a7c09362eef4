export * from './nodes';
export * from './numbering';
export * from './convert';
