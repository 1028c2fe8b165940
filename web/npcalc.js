// The glue between JavaScript and npcalc's wasm exports (web/src/lib.rs):
// text goes in as UTF-8 in a buffer from np_alloc, answers come back as JSON.
// Used by worker.js in the page, and by Node in the browser test's checks.

export async function load(wasm) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let memory;
  const env = {
    // The core's clock (for %timeit) and entropy (unseeded generators).
    host_now: () => performance.now() / 1000,
    host_wall: () => Date.now() / 1000,
    host_random: (ptr, len) => {
      crypto.getRandomValues(new Uint8Array(memory.buffer, ptr, len));
    },
  };
  const { instance } = wasm instanceof WebAssembly.Module
    ? { instance: await WebAssembly.instantiate(wasm, { env }) }
    : wasm instanceof Response || wasm instanceof Promise
      ? await WebAssembly.instantiateStreaming(wasm, { env })
      : await WebAssembly.instantiate(wasm, { env });
  const x = instance.exports;
  memory = x.memory;

  // Copies a string into a fresh wasm buffer; the callee frees it.
  const put = (text) => {
    const bytes = encoder.encode(text);
    const ptr = x.np_alloc(bytes.length);
    new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
    return [ptr, bytes.length];
  };
  const answer = () =>
    JSON.parse(decoder.decode(new Uint8Array(memory.buffer, x.np_answer_ptr(), x.np_answer_len())));

  return {
    sessionNew: () => x.np_session_new(),
    sessionFree: (id) => x.np_session_free(id),
    line: (id, text) => (x.np_session_line(id, ...put(text)), answer()),
    cancel: (id) => (x.np_session_cancel(id), answer()),
    run: (id, text) => (x.np_session_run(id, ...put(text)), answer()),
    script: (text) => (x.np_script(...put(text)), answer()),
    check: (name, text) => (x.np_check(...put(name), ...put(text)), answer()),
  };
}
