import type { PipeTransform } from '@nestjs/common';
import { findUnsafeText, type Issue } from '@concordia/schema';
import type { z } from 'zod';
import { ApiException } from './errors';

/** One problem in a request (IssueSchema of @concordia/schema). */
export type IssueView = Issue;

/** Renders a zod issue path the way users read JSON paths: `drafts[1].actions[0].meeting`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

export function zodIssues(error: z.ZodError): IssueView[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** Validates a request body (or query, or path parameter) against a shared zod schema. */
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    readonly schema: T,
    private readonly what = 'request body',
  ) {}

  transform(value: unknown): z.infer<T> {
    // Control characters (NUL above all: PostgreSQL cannot store it) are refused in every field of every body.
    const controls = findUnsafeText(value).filter((f) => f.code === 'control-character');
    const parsed = this.schema.safeParse(value);
    if (parsed.success && !controls.length) return parsed.data;
    const issues = [
      ...controls.map((f) => ({
        path: formatPath(f.path),
        message: `control character ${f.char} is not allowed`,
      })),
      ...(parsed.success ? [] : zodIssues(parsed.error)),
    ];
    const message = `Invalid ${this.what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
    if (controls.length)
      throw new ApiException('control-character', message, { char: controls[0]!.char }, issues);
    throw new ApiException('invalid-request', message, { what: this.what }, issues);
  }
}
