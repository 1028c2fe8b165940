// Evaluation happens here, off the page's thread: a long computation leaves
// the page responsive, and the Stop button ends it by terminating this worker.
// A classic worker (it starts sooner than a module one): web/build.sh puts
// npcalc.js's load() in front of this file.

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

onmessage = (event) => (api ? handle(event.data) : queue.push(event.data));

load(fetch('npcalc_web.wasm')).then(
  (loaded) => {
    api = loaded;
    postMessage({ ready: true, loadMs: performance.now() - started });
    queue.splice(0).forEach(handle);
  },
  (e) => postMessage({ fatal: String(e) }),
);
