/** Kept for pages written before the query cache: the same hook, now backed by react-query (see query.ts). */
export { useApi } from './query';
