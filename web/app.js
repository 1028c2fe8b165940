// The page: a console like npcalc's prompt, runnable example cells and the
// lesson checker, all talking to npcalc in a Web Worker (worker.js).
import { EXAMPLES, SAMPLE_LESSON } from './examples.js';

const $ = (id) => document.getElementById(id);

// Figures for the browser test (and the curious): ms since navigation start.
window.npcalcTimings = { script: performance.now() };

// --- The worker: requests in order, answers by id; Stop restarts it. -----
let worker = null;
let npcalcModule = null; // the compiled wasm (a promise), from index.html
let nextId = 1;
const waiting = new Map();
let busy = 0;

function setBusy(delta) {
  busy += delta;
  $('stop').disabled = busy === 0;
}

function startWorker() {
  // The first worker is started by index.html's head, before this module
  // and its imports load, with the wasm module it fetches and compiles;
  // messages it sent meanwhile are replayed. A restarted worker gets the
  // same compiled module: nothing is fetched or compiled again.
  const early = window.npcalcEarly;
  window.npcalcEarly = null;
  if (early) {
    npcalcModule = early.module;
    worker = early.worker;
  } else {
    worker = new Worker('worker.js');
    const w = worker;
    npcalcModule.then(
      (module) => w.postMessage({ module, timeOrigin: performance.timeOrigin }),
      (e) => w.postMessage({ fatal: String(e) }),
    );
  }
  worker.onmessage = onMessage;
  if (early) early.messages.forEach(onMessage);
}

function onMessage({ data }) {
  if (data.ready) {
    const t = window.npcalcTimings;
    if (t.ready === undefined) {
      t.ready = performance.now();
      t.workerLoad = data.loadMs;
      t.workerStarted = data.started;
      t.moduleReceived = data.received;
      t.instantiated = data.instantiated;
    }
    $('load-status').textContent = `Ready (npcalc loaded in ${Math.round(data.loadMs)} ms).`;
    return;
  }
  if (data.fatal) {
    $('load-status').textContent = `Could not load npcalc: ${data.fatal}`;
    return;
  }
  const w = waiting.get(data.id);
  if (!w) return;
  waiting.delete(data.id);
  setBusy(-1);
  if (data.error) {
    // A trap leaves the instance unusable: start afresh.
    w.reject(new Error(data.error));
    restartWorker('npcalc stopped on an internal error; the workspace was restarted.');
  } else {
    w.resolve(data.result);
  }
}

function call(op, ...args) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    setBusy(1);
    worker.postMessage({ id, op, args });
  });
}

let consoleSession = null;

function restartWorker(note) {
  worker.terminate();
  for (const w of waiting.values()) w.reject(new Error('stopped'));
  setBusy(-waiting.size);
  waiting.clear();
  consoleSession = null;
  pending = false;
  showPrompt();
  startWorker();
  appendConsole(note, 'note');
}

$('stop').onclick = () =>
  restartWorker('KeyboardInterrupt — the worker was stopped and restarted: variables are gone.');

// --- Output rendering -------------------------------------------------------
// An answer's output is [[stream, text], …] in the order it was printed.
function renderOutput(into, output) {
  for (const [stream, text] of output) {
    const span = document.createElement('span');
    if (stream === 'err') span.className = 'err';
    span.textContent = text;
    into.appendChild(span);
  }
}

// --- Console ----------------------------------------------------------------
const consoleOut = $('console-out');
const input = $('console-in');
const history = [];
let historyAt = 0;
let pending = false;

function appendConsole(text, cls) {
  const pre = document.createElement('pre');
  if (cls) pre.className = cls;
  pre.textContent = text;
  consoleOut.appendChild(pre);
  $('console').scrollTop = $('console').scrollHeight;
  return pre;
}

function showPrompt() {
  $('prompt').textContent = pending ? '... ' : '>>> ';
}

async function session() {
  if (consoleSession === null) consoleSession = call('sessionNew');
  return consoleSession;
}

async function submitLine(line) {
  appendConsole((pending ? '... ' : '>>> ') + line, 'echo');
  if (line.trim()) history.push(line);
  historyAt = history.length;
  input.value = '';
  let answer;
  try {
    answer = await call('line', await session(), line);
  } catch {
    return; // stopped: restartWorker has said so
  }
  pending = answer.status === 'more';
  showPrompt();
  if (answer.output.length) {
    const pre = appendConsole('');
    renderOutput(pre, answer.output);
  }
  if (answer.status && answer.status.exit !== undefined) {
    appendConsole('(exit() ends a session; a new one starts)', 'note');
    consoleSession = null;
  }
  $('console').scrollTop = $('console').scrollHeight;
}

input.addEventListener('keydown', async (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    submitLine(input.value);
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (historyAt > 0) input.value = history[--historyAt];
  } else if (e.key === 'ArrowDown') {
    e.preventDefault();
    historyAt = Math.min(history.length, historyAt + 1);
    input.value = history[historyAt] ?? '';
  } else if (e.key === 'c' && e.ctrlKey && input.selectionStart === input.selectionEnd) {
    if (busy) {
      $('stop').click();
    } else {
      appendConsole((pending ? '... ' : '>>> ') + input.value, 'echo');
      appendConsole('KeyboardInterrupt');
      input.value = '';
      if (pending) call('cancel', await session());
      pending = false;
      showPrompt();
    }
  }
});
$('console').addEventListener('click', () => {
  if (!window.getSelection().toString()) input.focus();
});

// --- Example cells ------------------------------------------------------------
function makeCell({ name, title, source }) {
  const cell = document.createElement('div');
  cell.className = 'cell';
  cell.dataset.name = name;
  const h = document.createElement('h3');
  h.textContent = title;
  const src = document.createElement('textarea');
  src.value = source;
  src.spellcheck = false;
  src.rows = Math.min(source.split('\n').length, 18);
  const bar = document.createElement('div');
  bar.className = 'bar';
  const run = document.createElement('button');
  run.className = 'run';
  run.textContent = 'Run';
  const status = document.createElement('span');
  status.className = 'status';
  bar.append(run, status);
  const out = document.createElement('pre');
  out.className = 'out';
  cell.append(h, src, bar, out);

  const go = async () => {
    run.disabled = true;
    status.textContent = 'running…';
    out.textContent = '';
    const t0 = performance.now();
    try {
      const answer = await call('script', src.value);
      renderOutput(out, answer.output);
      status.textContent = `${answer.status === 0 ? 'done' : `exit status ${answer.status}`} in ${(performance.now() - t0).toFixed(1)} ms`;
      window.npcalcTimings.firstAnswer ??= performance.now();
    } catch {
      status.textContent = 'stopped';
    }
    run.disabled = false;
  };
  run.onclick = go;
  src.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) {
      e.preventDefault();
      go();
    }
  });
  return { cell, go };
}

const cells = EXAMPLES.map(makeCell);
for (const c of cells) $('cells').appendChild(c.cell);

// --- Lessons -------------------------------------------------------------------
$('lesson-text').value = SAMPLE_LESSON;
$('lesson-file').onchange = async () => {
  const file = $('lesson-file').files[0];
  if (!file) return;
  $('lesson-name').value = file.name;
  $('lesson-text').value = await file.text();
};
$('lesson-check').onclick = async () => {
  const report = $('lesson-report');
  report.textContent = 'checking…';
  try {
    const r = await call('check', $('lesson-name').value || 'lesson.md', $('lesson-text').value);
    report.textContent = '';
    const summary = `${r.passed} passed, ${r.failed} failed${r.problem ? ', 1 file with errors' : ''}\n`;
    renderOutput(report, [['out', r.report], [r.failed || r.problem ? 'err' : 'out', summary]]);
  } catch {
    report.textContent = 'stopped';
  }
};

// --- Start: load npcalc and show every example's output. -----------------------
startWorker();
input.focus();
for (const c of cells) c.go();
