// How fast the browser draws and answers on a large floor plan. Creates a published fair with N booths
// (default 800) in a fresh 120 m × 80 m hall through the API of a running application (demo data),
// opens its public page in headless Chromium and prints: time to draw the plan, time to draw it again
// (a change answered by the server), a zoom step, a selection click, and the page's JS heap.
//   npm install --prefix /tmp/planbench playwright-core && NODE_PATH=/tmp/planbench/node_modules node bench/plan-render.js [http://localhost:8080] [800]
const { chromium } = require('playwright-core');
const base = process.argv[2] || 'http://localhost:8080';
const count = +(process.argv[3] || 800);
if (!/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(base)) throw new Error('benchmarks only target this machine');
const auth = u => ({ Authorization: 'Basic ' + Buffer.from(u + ':demo').toString('base64'), 'Content-Type': 'application/json' });
async function call(user, method, path, body, expected) {
  const r = await fetch(base + path, { method, headers: auth(user), body: body && JSON.stringify(body) });
  const text = await r.text();
  if (r.status !== expected) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
(async () => {
  const hall = 'PR' + (Date.now() % 100000).toString(36).toUpperCase();
  await call('admin', 'POST', '/api/halls', { code: hall, name: { vi: 'Sảnh ' + hall, en: 'Hall ' + hall }, areaSqm: 9600,
    capacity: 9000, parts: [], dayRateVnd: 1, widthM: 120, depthM: 80 }, 201);
  const booking = await call('organizer', 'POST', '/api/bookings', { hall, title: 'Plan bench',
    start: '2043-08-10T00:00:00+07:00', end: '2043-08-14T00:00:00+07:00' }, 201);
  await call('admin', 'POST', `/api/bookings/${booking.id}/confirm`, {}, 200);
  const event = await call('organizer', 'POST', '/api/events', { name: { vi: 'Sơ đồ lớn', en: 'Large plan' },
    bookingIds: [booking.id], start: '2043-08-10T09:00:00+07:00', end: '2043-08-13T17:00:00+07:00' }, 201);
  const perRow = 38, rows = Math.ceil(count / perRow);
  const g = await call('organizer', 'POST', `/api/events/${event.id}/booths/rows`, { xM: 1, yM: 1, boothWidthM: 3,
    boothDepthM: 3, rows, perRow, aisleM: 0.3, backToBack: false, numbering: 'SEQUENCE', prefix: 'B', start: 1,
    priceVnd: 20000000 }, 200);
  await call('organizer', 'POST', `/api/events/${event.id}/publish`, {}, 200);
  console.log(`fair ${event.id}: ${g.placed} booths in hall ${hall} (120 m × 80 m)`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(`${base}/event.xhtml?id=${event.id}`);
  await page.waitForSelector('#plan g.fp-booth');
  const load = Date.now() - t0;
  const figures = await page.evaluate(() => {
    const host = document.getElementById('plan');
    const data = JSON.parse(host.getAttribute('data-plan'));
    const times = [];
    let plan;
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      plan = WtcPlan.mount(host, data, { mode: 'view' });
      host.getBoundingClientRect();
      times.push(performance.now() - s);
    }
    const u = performance.now();
    plan.update(data);
    host.getBoundingClientRect();
    const update = performance.now() - u;
    const z = performance.now();
    plan.zoom(0.8);
    host.getBoundingClientRect();
    const zoom = performance.now() - z;
    const booths = host.querySelectorAll('g.fp-booth').length;
    return { times, update, zoom, booths, heap: performance.memory ? performance.memory.usedJSHeapSize : -1 };
  });
  const c = Date.now();
  await page.click('#plan g.fp-booth:nth-of-type(50) rect');
  const click = Date.now() - c;
  figures.times.sort((a, b) => a - b);
  console.log(`page loaded and drawn: ${load} ms (server, network and browser)`);
  console.log(`draw ${figures.booths} booths: median ${figures.times[2].toFixed(1)} ms, worst ${figures.times[4].toFixed(1)} ms of 5`);
  console.log(`redraw after a change: ${figures.update.toFixed(1)} ms; zoom step: ${figures.zoom.toFixed(1)} ms; click to selection: ${click} ms`);
  console.log(`JS heap: ${(figures.heap / 1048576).toFixed(1)} MB`);
  await browser.close();
})().catch(e => { console.error(e.message); process.exit(1); });
