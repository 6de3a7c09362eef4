import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder (React Router needs it).
Object.assign(globalThis, { TextEncoder, TextDecoder });

// What jsdom lacks and Mantine asks of the browser: media queries and element resize observation.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResize;
window.HTMLElement.prototype.scrollIntoView = () => {};
