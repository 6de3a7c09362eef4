import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';

/** Kinds of messages between server processes about one draft. */
export const FAN = { update: 0, awareness: 1, permissions: 2, queryAwareness: 3, resync: 4 } as const;
export type FanKind = (typeof FAN)[keyof typeof FAN];
export type FanHandler = (kind: FanKind, payload: Uint8Array) => void;

const ID_BYTES = 8;

/**
 * Redis pub/sub between the server processes that hold the same draft. One channel per draft; a message is
 * [kind][sender id][payload], and a process ignores its own. Updates are published only after they are
 * durable in PostgreSQL, so a receiving process never needs to persist them again; a process that subscribes
 * late still gets everything because it subscribes before reading the database (Yjs updates are idempotent).
 */
export class CollabFanout {
  private readonly log = new Logger('CollabFanout');
  readonly id = randomBytes(ID_BYTES);
  private readonly sub: Redis;
  private readonly handlers = new Map<string, FanHandler>();
  /** False from the moment the subscriber loses Redis until it has subscribed again after reconnecting. */
  private listening = false;
  private everReady = false;
  /** Called once the subscriber is back after losing Redis: whatever was published meanwhile is lost. */
  onReconnect: (() => void) | null = null;

  constructor(private readonly pub: Redis) {
    // A subscribed ioredis connection cannot publish: a dedicated duplicate listens.
    this.sub = pub.duplicate();
    this.sub.on('error', (err: Error) => this.log.warn(`Redis subscriber: ${err.message}`));
    this.sub.on('close', () => {
      if (this.listening)
        this.log.warn('Redis subscriber disconnected: documents will resync when it is back');
      this.listening = false;
    });
    this.sub.on('ready', () => {
      const again = this.everReady;
      this.everReady = true;
      this.resubscribe(again).catch((err: Error) => this.log.warn(`Redis resubscribe: ${err.message}`));
    });
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const draftId = channel.toString().slice(CHANNEL.length);
      const h = this.handlers.get(draftId);
      if (!h || message.length < 1 + ID_BYTES) return;
      if (message.subarray(1, 1 + ID_BYTES).equals(this.id)) return;
      try {
        h(
          message[0] as FanKind,
          new Uint8Array(message.buffer, message.byteOffset + 1 + ID_BYTES, message.length - 1 - ID_BYTES),
        );
      } catch (err) {
        this.log.warn(`Bad message from another server on ${draftId}: ${(err as Error).message}`);
      }
    });
  }

  /**
   * Subscribes every draft's channel (ioredis emits 'ready' before its own re-subscription, and drafts loaded
   * while Redis was away were never subscribed), waiting for Redis to confirm, so that the documents are read
   * again from the log only once nothing published from now on can be missed.
   */
  private async resubscribe(again: boolean) {
    const done = new Set<string>();
    for (;;) {
      const todo = [...this.handlers.keys()].filter((d) => !done.has(d));
      if (!todo.length) break;
      await this.sub.subscribe(...todo.map((d) => CHANNEL + d));
      for (const d of todo) done.add(d);
    }
    // Synchronously after the last check: a draft subscribing from now on subscribes itself.
    this.listening = true;
    if (again || done.size) {
      this.log.log('Redis subscriber ready: resynchronizing loaded documents from the log');
      this.onReconnect?.();
    }
  }

  /** Whether messages from other processes are being received (false while Redis is unreachable). */
  get connected(): boolean {
    return this.listening;
  }

  /**
   * Listens to a draft's channel. While Redis is unreachable this does not wait (the document must still load and
   * be edited on this process): the channel is subscribed when Redis is back, and the document resynchronized.
   */
  async subscribe(draftId: string, handler: FanHandler): Promise<void> {
    this.handlers.set(draftId, handler);
    if (this.listening) await this.sub.subscribe(CHANNEL + draftId);
  }

  async unsubscribe(draftId: string): Promise<void> {
    this.handlers.delete(draftId);
    if (this.listening) await this.sub.unsubscribe(CHANNEL + draftId);
  }

  async publish(draftId: string, kind: FanKind, payload: Uint8Array): Promise<void> {
    await this.pub.publish(CHANNEL + draftId, Buffer.concat([Buffer.from([kind]), this.id, payload]));
  }

  async close(): Promise<void> {
    await this.sub.quit().catch(() => this.sub.disconnect());
  }
}

const CHANNEL = 'concordia:collab:';
