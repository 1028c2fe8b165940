// Evaluation happens here, off the page's thread: a long computation leaves
// the page responsive, and the Stop button ends it by terminating this worker.
// A classic worker (it starts sooner than a module one): web/build.sh puts
// npcalc.js's load() in front of this file.
//
// The page fetches and compiles the wasm itself, in parallel with this
// worker's start (index.html), and posts the compiled WebAssembly.Module
// here first; this worker only instantiates it. Requests that arrive before
// that wait in the queue.

const started = performance.now();
let api = null;
const queue = [];

function handle({ id, op, args }) {
  let result;
  try {
    result = api[op](...args);
  } catch (e) {
    // A trap (a bug, or the stack running out) leaves the instance unusable.
    postMessage({ id, error: String(e) });
    return;
  }
  postMessage({ id, result });
}

onmessage = ({ data }) => {
  if (data.module) {
    const received = performance.now();
    load(data.module).then(
      (loaded) => {
        api = loaded;
        const now = performance.now();
        // Times on the page's clock (ms since its navigation started).
        const page = (t) => t + performance.timeOrigin - data.timeOrigin;
        postMessage({
          ready: true,
          loadMs: now - started,
          started: page(started),
          received: page(received),
          instantiated: page(now),
        });
        queue.splice(0).forEach(handle);
      },
      (e) => postMessage({ fatal: String(e) }),
    );
  } else if (data.fatal) {
    postMessage({ fatal: data.fatal });
  } else if (api) {
    handle(data);
  } else {
    queue.push(data);
  }
};
