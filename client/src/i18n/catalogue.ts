/**
 * A catalogue in another language than French: the same keys as the French one (French is the reference: every
 * key exists there first), each with its own wording. The compiler refuses a missing or an extra key, so a
 * language is complete or does not build.
 */
export type Catalogue<T> = { [K in keyof T]: string };
