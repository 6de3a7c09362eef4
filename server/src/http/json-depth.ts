/**
 * How deeply the arrays and objects of a JSON text nest, stopping as soon as `max` is passed.
 *
 * Hand-written because no body parser bounds nesting: JSON.parse accepts any depth, and what then walks the
 * value (zod, TypeORM, our own recursion) can exhaust the stack or spend seconds on a few megabytes of `[[[[`.
 * One pass over the bytes, no recursion, no allocation; brackets inside strings (escapes included) do not count.
 * The text is not validated here: JSON.parse does that afterwards.
 */
export function exceedsJsonDepth(buf: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
