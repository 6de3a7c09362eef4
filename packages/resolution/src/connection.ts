/**
 * How long a connection may stay silent before the web client calls it dead and says "offline". The server
 * sends every joined socket a message at least every 2 s (an empty presence update, see the server's
 * LIMITS.keepaliveMs), so 4 s is two missed keepalives; with the check below a dead connection is noticed
 * within 4.5 s.
 */
export const SILENT_MS = 4000;

/** What the watchdog needs of y-websocket's WebsocketProvider (its public fields and methods). */
export interface WatchedProvider {
  wsconnected: boolean;
  /** Set by the provider on every message received (Date.now() clock). */
  wsLastMessageReceived: number;
  disconnect(): void;
  connect(): void;
}

/**
 * Calls a connection dead once nothing has come from the server for `silentMs`, and reconnects. The stock
 * provider has the same watchdog with a fixed 30 s (y-websocket 3.1 `messageReconnectTimeout`, not an option),
 * during which a client whose network went away silently still says "online". Disconnecting emits the
 * provider's 'disconnected' status at once (it does not wait for the dead socket's close event), then
 * `connect()` starts the provider's usual reconnection. Returns the function that stops the watchdog.
 */
export function watchSilence(provider: WatchedProvider, silentMs = SILENT_MS): () => void {
  const timer = setInterval(
    () => {
      if (provider.wsconnected && Date.now() - provider.wsLastMessageReceived > silentMs) {
        provider.disconnect();
        provider.connect();
      }
    },
    Math.max(50, silentMs / 8),
  );
  return () => clearInterval(timer);
}
