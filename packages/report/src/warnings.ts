import type { ReportWarning } from './model';

/** Collects warnings once each, in the order they were found. */
export class Warnings {
  readonly list: ReportWarning[] = [];
  private readonly seen = new Set<string>();

  add(path: string, message: string): void {
    const key = `${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ path, message });
  }
}
