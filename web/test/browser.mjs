// The page in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): both seed examples, the console (:explain, an echo, an
// error, continuation lines, Stop), and a lesson check, compared byte for
// byte with the golden outputs (examples/*.py.out, which tests/golden.rs
// checks against NumPy) and with the native npcalc binary. Saves a
// screenshot under target/web/ and prints the transfer size and the time
// to the first answer.
//
//   node web/test/browser.mjs        (after web/build.sh and cargo build)
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(web);
const dist = path.join(web, 'dist');
const outDir = path.join(root, 'target', 'web');
const npcalc = process.env.NPCALC_BIN || path.join(root, 'target', 'debug', 'npcalc');
fs.mkdirSync(outDir, { recursive: true });

let failures = 0;
function expectEqual(what, got, want) {
  if (got === want) {
    console.log(`ok   ${what}`);
  } else {
    failures++;
    console.log(`FAIL ${what}\n  want: ${JSON.stringify(want)}\n  got:  ${JSON.stringify(got)}`);
  }
}

// What the native binary prints for a piped session: the reference for the
// console, whose rules are the session's.
function native(input) {
  try {
    const stdout = execFileSync(npcalc, [], { input, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    return { stdout: stdout.toString(), stderr: '' };
  } catch (e) {
    return { stdout: e.stdout.toString(), stderr: e.stderr.toString() };
  }
}

// A plain static server, as `python3 -m http.server` would be.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
// An empty page (not part of the site) measures Chromium's own start-up.
const EMPTY = '<!doctype html><title>empty</title><link rel="icon" href="data:,">' +
  '<script>performance.mark("head")</script>';
const server = http.createServer((req, res) => {
  if (req.url === '/__empty.html') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(EMPTY);
    return;
  }
  const file = path.join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
  if (!file.startsWith(dist) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const chromiumOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
// A fresh profile each time (playwright passes it as --user-data-dir), so nothing is cached.
async function freshBrowser() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npcalc-chromium-'));
  const browser = await chromium.launchPersistentContext(dir, chromiumOptions);
  return { browser, close: async () => { await browser.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

// What a page's Navigation/Resource Timing entries and marks say, in ms
// since its navigation started.
function pageTimeline() {
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime;
  const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
  return {
    html: nav.responseStart, head: mark('head'), load: nav.loadEventEnd,
    wasmStart: wasm?.startTime, wasmEnd: wasm?.responseEnd, compiled: mark('compiled'),
    ...(window.npcalcTimings || {}),
  };
}

const seed1 = fs.readFileSync(path.join(root, 'examples', 'seed_example_1.py.out'), 'utf8');

// One cold load in a fresh browser: the empty page, or npcalc's up to its first answer.
async function coldLoad(empty) {
  const { browser, close } = await freshBrowser();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => { failures++; console.log(`FAIL page error: ${e}`); });
    await page.goto(url + (empty ? '__empty.html' : ''), { waitUntil: 'load' });
    if (!empty) {
      await page.waitForFunction(() => window.npcalcTimings.firstAnswer !== undefined, null, { timeout: 30000 });
      const got = await page.locator('.cell[data-name="seed_example_1"] pre.out').textContent();
      if (got !== seed1) {
        failures++;
        console.log(`FAIL cold load: seed_example_1's first answer\n  want: ${JSON.stringify(seed1)}\n  got:  ${JSON.stringify(got)}`);
      }
    }
    return await page.evaluate(pageTimeline);
  } finally {
    await close();
  }
}

const { browser, close: closeBrowser } = await freshBrowser();
try {
  const page = await browser.newPage();
  const transferred = [];
  page.on('response', async (r) => {
    try { transferred.push([new URL(r.url()).pathname, (await r.body()).length]); } catch { /* redirects */ }
  });
  page.on('pageerror', (e) => { failures++; console.log(`FAIL page error: ${e}`); });

  // --- Load: the page runs its example cells as soon as npcalc is loaded.
  const t0 = Date.now();
  await page.goto(url);
  const cellOut = (name) => page.locator(`.cell[data-name="${name}"] pre.out`);
  await page.waitForFunction(() => window.npcalcTimings.firstAnswer !== undefined, null, { timeout: 30000 });
  const wallFirst = Date.now() - t0;
  const timings = await page.evaluate(() => window.npcalcTimings);
  const atFirst = transferred.slice();

  // --- Both seed examples, run again with their Run buttons.
  for (const name of ['seed_example_1', 'seed_example_2']) {
    const want = fs.readFileSync(path.join(root, 'examples', `${name}.py.out`), 'utf8');
    const cell = page.locator(`.cell[data-name="${name}"]`);
    await cell.locator('button.run').click();
    await page.waitForFunction((n) => /^done/.test(document.querySelector(`.cell[data-name="${n}"] .status`).textContent), name);
    expectEqual(`${name} (Run button) = examples/${name}.py.out`, await cellOut(name).textContent(), want);
  }
  // An edited cell runs the edited source.
  const edited = page.locator('.cell[data-name="seed_example_2"]');
  await edited.locator('textarea').fill('import numpy as np\nprint(np.cumsum([1, 2, 3], dtype=float))\n');
  await edited.locator('button.run').click();
  await page.waitForFunction(() => /^done/.test(document.querySelector('.cell[data-name="seed_example_2"] .status').textContent));
  expectEqual('edited cell', await cellOut('seed_example_2').textContent(),
    native('print(np.cumsum([1, 2, 3], dtype=float))\n').stdout);

  // --- The console: each input's output is the pre after its echo.
  const input = page.locator('#console-in');
  async function type(line) {
    const before = await page.locator('#console-out pre').count();
    await input.fill(line);
    await input.press('Enter');
    // The echo, then (if anything was printed) the output.
    await page.waitForFunction((n) => document.querySelectorAll('#console-out pre').length > n, before);
    await page.waitForTimeout(50);
    await page.waitForFunction(() => document.getElementById('stop').disabled);
    const texts = await page.locator('#console-out pre').allTextContents();
    return texts.slice(before + 1).join('');
  }
  const explain = ':explain np.cumsum([[1, 2, 3], [4, 5, 6]], axis=0)';
  expectEqual(':explain in the console = native npcalc', await type(explain), native(explain + '\n').stdout);
  const session = ['a = np.array([[1, 2, 3], [4, 5, 6]])', 'a.cumsum(axis=1)', 'np.cumsum(a, axis=2)', 'help(np.cumsum)'];
  const nat = session.map((l) => native(`a = np.array([[1, 2, 3], [4, 5, 6]])\n${l}\n`));
  for (const [i, line] of session.entries()) {
    const got = await type(line);
    expectEqual(`console: ${line}`, got, nat[i].stdout + nat[i].stderr);
  }
  await type('for i in range(2):');
  expectEqual('continuation prompt', await page.locator('#prompt').textContent(), '... ');
  await type('    print(np.cumsum([i, i]))');
  expectEqual('loop output', await type(''), native('for i in range(2):\n    print(np.cumsum([i, i]))\n\n').stdout);
  await input.press('ArrowUp');
  expectEqual('history (ArrowUp)', await input.inputValue(), '    print(np.cumsum([i, i]))');

  // --- Stop: an endless loop, stopped; the console works again afterwards.
  await input.fill('while True: pass');
  await input.press('Enter');
  await page.waitForFunction(() => document.getElementById('prompt').textContent === '... ');
  await input.press('Enter'); // the blank line that ends a compound statement
  await page.waitForTimeout(300);
  await page.locator('#stop').click();
  await page.waitForFunction(() => document.querySelector('#console-out').textContent.includes('KeyboardInterrupt'));
  expectEqual('after Stop, a fresh workspace answers', await type('np.cumsum([2, 2])'), native('np.cumsum([2, 2])\n').stdout);

  // --- A lesson: the sample has one output changed on purpose.
  await page.locator('#lesson-check').click();
  await page.waitForFunction(() => /passed, \d+ failed/.test(document.getElementById('lesson-report').textContent));
  const report = await page.locator('#lesson-report').textContent();
  const lessonFile = path.join(outDir, 'lesson.md');
  fs.writeFileSync(lessonFile, await page.locator('#lesson-text').inputValue());
  let nativeReport;
  try {
    nativeReport = execFileSync(npcalc, ['check', lessonFile], { env: { ...process.env, NO_COLOR: '1' } }).toString();
  } catch (e) {
    nativeReport = e.stdout.toString();
  }
  expectEqual('lesson report = npcalc check', report, nativeReport.replaceAll(lessonFile, 'lesson.md'));

  await page.locator('#console-in').focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = path.join(outDir, 'screenshot.png');
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`screenshot: ${path.relative(root, shot)}`);

  // --- A second visit: the HTTP cache and V8's code cache are warm.
  await page.reload();
  await page.waitForFunction(() => window.npcalcTimings.firstAnswer !== undefined, null, { timeout: 30000 });
  const warm = await page.evaluate(() => window.npcalcTimings);

  // --- The figures.
  let raw = 0;
  let gz = 0;
  const rows = [];
  for (const f of fs.readdirSync(dist).sort()) {
    const bytes = fs.readFileSync(path.join(dist, f));
    const g = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    rows.push(`  ${f.padEnd(18)} ${String(bytes.length).padStart(9)} B  gzip ${String(g).padStart(8)} B`);
  }
  console.log(`requests before the first answer: ${atFirst.map(([p]) => p).join(' ')} (${atFirst.reduce((s, [, n]) => s + n, 0)} bytes uncompressed)`);
  console.log(rows.join('\n'));
  console.log(`page size: ${(raw / 1e6).toFixed(2)} MB, gzip ${(gz / 1e6).toFixed(2)} MB (wasm + JS + HTML)`);
  console.log(`first visit in this browser: npcalc ready ${timings.ready.toFixed(0)} ms, first answer ${timings.firstAnswer.toFixed(0)} ms after navigation start (${wallFirst} ms by the test's clock, from goto); on a second visit ${warm.firstAnswer.toFixed(0)} ms`);
} finally {
  await closeBrowser();
}
// --- Cold loads, each in a fresh browser: the empty page (Chromium's own
// start-up: the time to a page's first script and load event) and npcalc's
// page, interleaved; medians.
const runs = Number(process.env.NPCALC_WEB_RUNS || 5);
const empty = [];
const cold = [];
for (let i = 0; i < runs; i++) {
  empty.push(await coldLoad(true));
  cold.push(await coldLoad(false));
}
const median = (xs, k) => {
  const v = xs.map((x) => x[k]).filter((x) => x !== undefined).sort((a, b) => a - b);
  return v.length ? v[(v.length - 1) >> 1].toFixed(0) : '-';
};
const m = (k) => median(cold, k);
console.log(`cold loads, medians of ${runs}, ms after navigation start:`);
console.log(`  empty page:  HTML ${median(empty, 'html')}, first script ${median(empty, 'head')}, load event ${median(empty, 'load')}`);
console.log(`  npcalc page: HTML ${m('html')}, first script ${m('head')}, wasm fetched ${m('wasmStart')}–${m('wasmEnd')}, compiled ${m('compiled')}, ` +
  `worker started ${m('workerStarted')}, instantiated ${m('instantiated')}, app.js ${m('script')}, first answer ${m('firstAnswer')}`);
console.log(`  first answer, each run: ${cold.map((t) => t.firstAnswer.toFixed(0)).join(' ')}`);
server.close();
if (failures) {
  console.log(`${failures} browser checks failed`);
  process.exit(1);
}
console.log('all browser checks passed');
