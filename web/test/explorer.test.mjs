// The Explorer in a real browser (Debian's headless Chromium, driven by
// playwright-core) against the real binary: the README's tour, clicked and
// typed as a person would, with a screenshot of each step (test-results/),
// an accessibility check (axe-core: no serious or critical violation),
// keyboard navigation, the live feed, citing a view and checking inclusion
// proofs in the browser, a list of 10,000 designations that pages, real OFAC and UN
// snapshots (freshness, the delta between two, a name screened), and the
// two budgets: first page ready (printed) and JavaScript gzipped (at most
// 300 KB). No page may load anything from another host.
//
// Without /usr/bin/chromium the test is skipped, unless CHROMIUM_REQUIRED=1
// (as in CI), where it fails.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, gql, startLedger } from './ledger.mjs';

const chromiumPath = '/usr/bin/chromium';
const webDir = dirname(dirname(fileURLToPath(import.meta.url)));
const shots = join(webDir, 'test-results');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** launchChromium starts headless Chromium with its profile in userDataDir. */
function launchChromium(userDataDir) {
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const missing = !existsSync(chromiumPath);
if (missing && process.env.CHROMIUM_REQUIRED !== '1') {
  test('Explorer in Chromium', { skip: `${chromiumPath} is missing (apt-get install chromium)` }, () => {});
} else {
  describe('the Explorer in a real browser', { timeout: 280_000 }, () => {
    let bin;
    let ledger;
    let context;
    let page;
    let userDataDir;
    const foreign = [];
    const pageErrors = [];
    const explorerScripts = new Map();
    let step = 0;
    let galliumUrl;

    const shot = async (name, p = page) => {
      step += 1;
      await p.screenshot({ path: join(shots, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: false });
    };
    const go = (frag) => page.goto(`${ledger.base}/${frag}`);
    const main = () => page.locator('main');

    /** axe runs axe-core on the page and fails on any serious or critical violation. */
    const axe = async (where) => {
      await page.evaluate(axeSource + '\n;0');
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(
        bad.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
        [],
        `axe-core on ${where}`,
      );
    };

    before(async () => {
      rmSync(shots, { recursive: true, force: true });
      mkdirSync(shots, { recursive: true });
      bin = build();
      ledger = await startLedger(bin, { demo: true });
      userDataDir = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
      context = await launchChromium(userDataDir);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ledger.base });
      context.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(ledger.base) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith(ledger.base.replace('http', 'ws'))) foreign.push(u);
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'script' && !page.url().includes('/graphiql')) {
          const body = await r.body().catch(() => null);
          if (body) explorerScripts.set(r.url(), gzipSync(body, { level: 9 }).length);
        }
      });
    });

    after(async () => {
      await context?.close();
      await ledger?.stop();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    test("the browser's RFC 6962 check accepts the server's proofs in trees of 17 and 43 events and refuses altered ones", async () => {
      // src/merkle.ts, as the page runs it, compiled here for Node's WebCrypto.
      const ts = require('typescript');
      const src = readFileSync(join(webDir, 'src', 'merkle.ts'), 'utf8');
      const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const file = join(userDataDir, 'merkle.mjs');
      writeFileSync(file, js);
      const { verifyInclusion } = await import(file);
      const events = [];
      for (const size of [17, 43]) {
        const body = await gql(
          ledger,
          `query ($n: Int) {
            treeHead(size: $n) { rootHash }
            measures(asOf: {position: $n}, first: 100) { nodes { history { position hash inclusionProof(treeSize: $n) { leafIndex treeSize leafHash rootHash path } } } }
            transactions(asOf: {position: $n}, first: 100) { nodes { history { position hash inclusionProof(treeSize: $n) { leafIndex treeSize leafHash rootHash path } } } }
            dialogues(asOf: {position: $n}, first: 100) { nodes { history { position hash inclusionProof(treeSize: $n) { leafIndex treeSize leafHash rootHash path } } } }
          }`,
          { n: size },
        );
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        const root = body.data.treeHead.rootHash;
        for (const c of ['measures', 'transactions', 'dialogues'])
          for (const n of body.data[c].nodes) for (const ev of n.history) events.push({ ...ev, root, size });
      }
      assert.ok(events.length > 20, `${events.length} events`);
      const flip = (hex) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);
      for (const ev of events) {
        const p = ev.inclusionProof;
        assert.equal((await verifyInclusion(ev.hash, p, ev.root)).ok, true, `event ${ev.position} in ${ev.size}`);
        assert.equal((await verifyInclusion(ev.hash, p, flip(ev.root))).ok, false, `event ${ev.position}, another root`);
        assert.equal((await verifyInclusion(flip(ev.hash), p, ev.root)).ok, false, `event ${ev.position}, another hash`);
        if (p.path.length) {
          const path = [flip(p.path[0]), ...p.path.slice(1)];
          assert.equal((await verifyInclusion(ev.hash, { ...p, path }, ev.root)).ok, false, `event ${ev.position}, altered path`);
          assert.equal((await verifyInclusion(ev.hash, { ...p, path: p.path.slice(1) }, ev.root)).ok, false, `event ${ev.position}, short path`);
        }
        const other = { ...p, leafIndex: (p.leafIndex + 1) % p.treeSize };
        if (other.leafIndex !== p.leafIndex) assert.equal((await verifyInclusion(ev.hash, other, ev.root)).ok, false, `event ${ev.position}, another index`);
      }
    });

    test('the first page is ready fast and names the ledger head', async () => {
      // Ready: the measures list is shown with its rows. Each load starts
      // with the browser's cache off, as a newcomer's first visit does;
      // printed, not asserted (a timing depends on the machine's load).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto('about:blank');
      const times = [];
      for (let i = 0; i < 5; i++) {
        await page.goto('about:blank');
        await go('#/measures');
        await main().locator('table tbody tr').first().waitFor();
        times.push(await page.evaluate(() => Math.round(performance.now())));
      }
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      await cdp.detach();
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`first page ready (no cache, measures list shown), ms after navigation start: ${times.join(', ')}; median ${sorted[2]}`);
      await page.locator('header').getByText('head 43').waitFor();
    });

    test('gallium: nothing in force on 2023-07-15, Announcement No. 23 on 2023-08-15', async () => {
      await go('#/measures');
      await page.getByLabel('Implementing').fill('CN');
      await page.getByLabel('Item').fill('gallium');
      await page.getByRole('checkbox', { name: 'in force' }).check();
      await page.getByRole('checkbox', { name: 'partly suspended' }).check();
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.getByLabel('Valid on').fill('2023-07-15');
      await page.getByRole('button', { name: 'Apply' }).click();
      await main().getByText('No measure matches at this point.').waitFor();
      await main().getByText('0 shown of 0').waitFor();
      await page.getByLabel('Valid on').fill('2023-08-15');
      await page.getByRole('button', { name: 'Apply' }).click();
      const row = main().locator('tbody tr', { hasText: 'CN-2023-GAGE' });
      await row.waitFor();
      assert.match(await row.innerText(), /in force/);
      await main().getByText('1 shown of 1').waitFor();
      assert.match(await main().locator('.basis').innerText(), /valid date 2023-08-15, ledger position 43/);
      const url = new URL(page.url());
      for (const part of ['valid=2023-08-15', 'implementing=CN', 'item=gallium', 'status=IN_FORCE%2CPARTLY_SUSPENDED']) assert.ok(url.hash.includes(part), `${part} in ${url.hash}`);
      // The address bar names the basis of the answer shown.
      await page.waitForFunction(() => location.hash.includes('basis=43%2C2023-08-15'));
      galliumUrl = page.url();
      await shot('measures-gallium');
      await axe('the measures list');
    });

    test('provisions take effect on their own dates: on 2022-10-10 only the first is in force', async () => {
      await go('#/record/MEASURE/US-2022-ACS?valid=2022-10-10');
      const rows = main().locator('section', { has: page.getByRole('heading', { name: 'Provisions' }) }).locator('tbody tr');
      await rows.first().waitFor();
      const text = await rows.allInnerTexts();
      assert.equal(text.length, 3);
      assert.match(text[0], /eccns-end-use-fdp[\s\S]*2022-10-07[\s\S]*in force/);
      assert.match(text[1], /us-persons-support[\s\S]*2022-10-12[\s\S]*announced/);
      assert.match(text[2], /remaining[\s\S]*2022-10-21[\s\S]*announced/);
      // Status over time comes from the API at each date the record's timeline names.
      const sot = main().locator('.status-over-time');
      await sot.waitFor();
      assert.match(await sot.innerText(), /2022-10-07: in force/);
      await main().getByRole('heading', { name: 'Sources' }).waitFor();
      assert.ok((await main().locator('.sources a[href^="http"]').count()) > 0, 'sources link to their documents');
      await shot('record-provisions');
      await axe('a measure record');
    });

    test('Intel-Tower, found by search: terminated, SAMR never decided', async () => {
      await go('#/?valid=2023-12-31');
      await page.getByLabel('Search records and parties').fill('Intel');
      await page.getByLabel('Search records and parties').press('Enter');
      await main().getByRole('link', { name: 'Acquisition of Tower Semiconductor by Intel' }).click();
      await main().getByRole('heading', { level: 1, name: 'Acquisition of Tower Semiconductor by Intel' }).waitFor();
      const body = await main().innerText();
      assert.match(body, /terminated/);
      assert.match(body, /no decision by outside date/i);
      await shot('transaction-intel-tower');
      await axe('a transaction record');
      // A party's name opens its timeline: every event that names it.
      const acquirer = main().locator('.facts dd').first().getByRole('link').first();
      const party = await acquirer.innerText();
      await acquirer.click();
      await page.waitForURL(/#\/timeline\?.*subject=party/);
      await main().getByText(/^[1-9]\d* events\.$/).waitFor();
      assert.match(await main().locator('ol.timeline').innerText(), /INTEL-TOWER/, `the timeline of ${party}`);
    });

    test('the Raimondo-Wang meeting of 2023-08-28, from the dialogues list', async () => {
      await go('#/dialogues?valid=2023-12-31');
      await main().getByRole('link', { name: /US Secretary of Commerce - PRC Minister of Commerce channel/ }).click();
      const meetings = main().locator('section', { has: page.getByRole('heading', { name: 'Meetings' }) });
      await meetings.getByText('2023-08-28', { exact: true }).waitFor();
      assert.match(await meetings.innerText(), /Raimondo/);
      await shot('dialogue-meeting');
    });

    test('the retaliation graph is drawn, and a click on a record opens it', async () => {
      await go('#/graph?root=MEASURE:US-2022-ACS&depth=2&valid=2023-12-31');
      await main().getByText('6 records and 5 links within 2 links').waitFor();
      const canvas = main().locator('.graph');
      await page.waitForFunction(() => document.querySelector('.graph')?.cy?.nodes().length === 6);
      const pos = await canvas.evaluate((el) => {
        const n = el.cy.getElementById('MEASURE:CN-2023-GAGE');
        return n.renderedPosition();
      });
      await shot('retaliation-graph');
      await axe('the retaliation graph');
      const box = await canvas.boundingBox();
      await page.mouse.click(box.x + pos.x, box.y + pos.y);
      await page.waitForURL(/#\/record\/MEASURE\/CN-2023-GAGE/);
      await main().getByRole('heading', { level: 1, name: 'Export control of gallium and germanium items' }).waitFor();
    });

    test('the escalation chain between US and CN is drawn', async () => {
      await go('#/escalation?a=US&b=CN&valid=2023-12-31');
      await main().getByText(/\d+ measures, \d+ links? between them/).waitFor();
      await page.waitForFunction(() => (document.querySelector('.graph')?.cy?.nodes().length ?? 0) >= 3);
      assert.match(await main().innerText(), /CN against US/);
      await shot('escalation-chain');
    });

    test('what the ledger knew at position 13', async () => {
      await go('#/measures?valid=2023-12-31');
      await page.getByLabel('Knowledge').selectOption('position');
      await page.getByRole('spinbutton', { name: 'Position' }).fill('13');
      await page.getByRole('button', { name: 'Apply' }).click();
      await main().getByText('valid date 2023-12-31, ledger position 13').waitFor();
      const ids = await main().locator('tbody tr .muted').allInnerTexts();
      assert.deepEqual(ids, ['US-2022-ACS', 'US-2022-EL-36', 'JP-2023-SME']);
      await shot('position-13');
    });

    test('the diff between two valid dates names the gallium rule coming into force', async () => {
      await go('#/diff');
      await page.getByRole('group', { name: 'From' }).getByLabel('Valid on').fill('2023-07-15');
      await page.getByRole('group', { name: 'To' }).getByLabel('Valid on').fill('2023-08-15');
      await page.getByRole('button', { name: 'Compare' }).click();
      const row = main().locator('tbody tr', { hasText: 'Export control of gallium and germanium items' });
      await row.waitFor();
      assert.match(await row.innerText(), /came into force[\s\S]*announced[\s\S]*in force/);
      await shot('diff');
      await axe('the diff');
    });

    test('the timeline of a jurisdiction, by valid date', async () => {
      await go('#/timeline?subject=jurisdiction:CN&order=VALID');
      await main().getByText(/^\d+ events\.$/).waitFor();
      const first = await main().locator('ol.timeline li').first().innerText();
      assert.match(first, /^\d{4}-\d{2}-\d{2}/);
      await shot('timeline');
      await axe('the timeline');
    });

    test('the official lists page says when the ledger holds no snapshot, and passes axe', async () => {
      await go('#/lists');
      await main().getByText('The ledger holds no snapshot of an official list at this point.').waitFor();
      await axe('the lists page');
    });

    test('cite this view: the link carries the basis and the Merkle root, and the proofs check in the browser', async () => {
      await go('#/record/MEASURE/CN-2023-GAGE?valid=2023-12-31');
      await main().getByRole('heading', { level: 1 }).waitFor();
      const sot = main().locator('.status-over-time');
      await sot.getByText('2023-08-01').waitFor();
      assert.match(await sot.innerText(), /^from 2023-07-03: announced\nfrom 2023-08-01: in force$/);
      await page.getByRole('button', { name: 'Cite this view' }).click();
      const cited = await page.locator('.cite-url').inputValue();
      assert.match(cited, /pos=43/);
      assert.match(cited, /valid=2023-12-31/);
      const root = new URL(cited).hash.match(/root=([0-9a-f]{64})/)?.[1];
      assert.ok(root, `a root in ${cited}`);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), cited);
      const served = await gql(ledger, '{ treeHead(size: 43) { rootHash } }');
      assert.equal(root, served.data.treeHead.rootHash);

      await page.goto(cited);
      await page.getByText("this server's tree head at 43 is the same").waitFor();
      await main().getByRole('button', { name: /Check inclusion proofs/ }).click();
      const n = await main().locator('table.history tbody tr').count();
      await main().getByText(`${n} of ${n} events proven included`).waitFor();
      assert.match(await main().locator('table.history tbody tr').first().innerText(), /✓ included/);
      await shot('record-cited-proofs');

      // A root that is not the ledger's: the page says so and no proof checks.
      const wrong = root.slice(0, -1) + (root.endsWith('0') ? '1' : '0');
      await page.goto(cited.replace(root, wrong));
      await page.getByText(/this server's tree head at 43 differs/).waitFor();
      await main().getByRole('button', { name: /Check inclusion proofs/ }).click();
      await main().getByText(`0 of ${n} events proven included`).waitFor();
    });

    test('keyboard: skip link, navigation and a record, without a mouse', async () => {
      await go('');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      await go('');
      let found = false;
      for (let i = 0; i < 15 && !found; i++) {
        await page.keyboard.press('Tab');
        found = (await page.evaluate(() => document.activeElement?.textContent)) === 'Measures';
      }
      assert.ok(found, 'Tab reaches the Measures link');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none', 'the focused link shows a focus ring');
      await page.keyboard.press('Enter');
      await main().getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
      await main().locator('tbody tr').first().waitFor();
      let onRecord = false;
      for (let i = 0; i < 60 && !onRecord; i++) {
        await page.keyboard.press('Tab');
        onRecord = await page.evaluate(() => !!document.activeElement?.closest('tbody') && document.activeElement.tagName === 'A');
      }
      assert.ok(onRecord, 'Tab reaches a record link in the list');
      const name = await page.evaluate(() => document.activeElement.textContent);
      await page.keyboard.press('Enter');
      await main().getByRole('heading', { level: 1, name }).waitFor();
    });

    test('GraphiQL is served from the binary at /graphiql and answers', async () => {
      const p = await context.newPage();
      await p.goto(`${ledger.base}/graphiql`);
      await p.locator('.graphiql-container').waitFor();
      await p.locator('.graphiql-query-editor').getByText('ledger { head }').waitFor();
      await p.getByRole('button', { name: /Execute query/ }).click();
      const result = p.locator('.result-window');
      await result.getByText('"head"').waitFor();
      assert.match(await result.innerText(), /"head": 43/);
      await shot('graphiql', p);
      await p.close();
    });

    test('live: a newly recorded event appears without reloading', async () => {
      await go('#/live');
      await main().getByText('Connected:').waitFor();
      const body = await gql(
        ledger,
        `mutation ($input: RegisterSourceInput!) { registerSource(input: $input) { result { position } userErrors { message } } }`,
        { input: { sourceId: 'EXPLORER-LIVE-1', publisher: 'Explorer tests', title: 'Recorded while the page is open', official: false } },
      );
      const pos = body.data.registerSource.result.position;
      const item = main().locator('ol.live-events li', { hasText: 'EXPLORER-LIVE-1' });
      await item.waitFor();
      assert.match(await item.innerText(), new RegExp(`^${pos} `));
      await page.locator('header .live-head', { hasText: String(pos) }).waitFor();
      await shot('live');
      await axe('the live feed');
    });

    test('a link with a basis shows that basis after the ledger moved on, and offers the latest', async () => {
      assert.ok(galliumUrl);
      await page.goto('about:blank');
      await page.goto(galliumUrl);
      const notice = page.locator('.linked-basis');
      await notice.getByText(/ledger has recorded up to position 4[4-9]/).waitFor();
      assert.match(await notice.innerText(), /position 43, valid date 2023-08-15/);
      assert.match(await main().locator('.basis').innerText(), /valid date 2023-08-15, ledger position 43/);
      await notice.getByRole('link', { name: 'Show the latest' }).click();
      await main().locator('.basis', { hasText: /ledger position 4[4-9]/ }).waitFor();
      assert.equal(await page.locator('.linked-basis').count(), 0);
      assert.match(await main().locator('.basis').innerText(), /valid date 20\d\d-\d\d-\d\d/);
    });

    test('no page loaded anything from another host, threw, or went over the JavaScript budget', () => {
      assert.deepEqual(foreign, []);
      assert.deepEqual(pageErrors, []);
      const total = [...explorerScripts.values()].reduce((a, b) => a + b, 0);
      console.log(
        `Explorer JavaScript loaded over the tour: ${explorerScripts.size} files, ${(total / 1024).toFixed(1)} KB gzipped (level 9); ` +
          [...explorerScripts].map(([u, n]) => `${u.split('/').pop()} ${(n / 1024).toFixed(1)} KB`).join(', '),
      );
      assert.ok(explorerScripts.size > 0, 'the tour loaded scripts');
      assert.ok(total <= 300 * 1024, `${total} bytes gzipped is over the 300 KB budget`);
    });
  });

  describe('a list of 10,000 designations pages through the API', { timeout: 120_000 }, () => {
    let ledger;
    let context;
    let dir;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'explorer-scale-'));
      const file = join(dir, 'designations.ndjson');
      const lines = [];
      for (let i = 1; i <= 10_000; i++) {
        const n = String(i).padStart(5, '0');
        lines.push(
          JSON.stringify({
            command: 'DesignateParty',
            input: {
              designationId: `SCALE-${n}`,
              party: { id: `scale-party-${n}`, name: `Scale Test Party ${n}`, jurisdiction: 'CN' },
              list: 'Scale Test List',
              listAuthority: { id: 'SCALE-AUTH', name: 'Scale Test Authority', jurisdiction: 'US' },
              effectiveOn: '2023-01-01',
              instrument: { title: 'Scale test instrument' },
              sources: [{ title: 'Scale test source', publisher: 'Explorer tests', official: false }],
            },
          }),
        );
      }
      writeFileSync(file, lines.join('\n') + '\n');
      ledger = await startLedger(build(), { importFile: file });
      context = await launchChromium(join(dir, 'chromium'));
    });

    after(async () => {
      await context?.close();
      await ledger?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('25 rows a page, the next page from the cursor, and small answers', async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const answers = [];
      page.on('response', async (r) => {
        if (r.url().endsWith('/graphql') && r.request().method() === 'POST') {
          const b = await r.body().catch(() => null);
          if (b) answers.push(b.length);
        }
      });
      await page.goto(`${ledger.base}/#/designations`);
      const main = page.locator('main');
      await main.getByText('25 shown of 10000').waitFor();
      assert.equal(await main.locator('tbody tr').count(), 25);
      assert.match(await main.locator('tbody tr').first().innerText(), /Scale Test Party 00001/);
      await main.getByRole('button', { name: 'Next page' }).click();
      await page.waitForURL(/after=/);
      await main.locator('tbody tr').first().getByText('Scale Test Party 00026').waitFor();
      assert.match(await main.locator('tbody tr').last().innerText(), /Scale Test Party 00050/);
      assert.equal(await main.locator('tbody tr').count(), 25);
      const largest = Math.max(...answers);
      console.log(`10,000 designations: ${answers.length} GraphQL answers, the largest ${(largest / 1024).toFixed(1)} KB`);
      assert.ok(largest < 100 * 1024, `an answer of ${largest} bytes: the list must page, not load everything`);
      await page.screenshot({ path: join(shots, 'designations-10000.png') });

      // A party by part of its name, through the API's name filter.
      await page.getByLabel('Name or alias').fill('Party 0999');
      await main.getByRole('button', { name: 'Filter' }).click();
      await main.getByText('10 shown of 10', { exact: true }).waitFor();
      assert.match(await main.locator('tbody tr').first().innerText(), /Scale Test Party 09990/);
    });

    test('screening from the search box: candidates with scores, the name matched and how', async () => {
      const page = context.pages()[0];
      const main = page.locator('main');
      await page.goto(`${ledger.base}/#/?q=Scale%20Test%20Party%2000042`);
      const first = main.locator('table.candidates tbody tr').first();
      await first.waitFor();
      assert.match(await first.innerText(), /^1\.000[\s\S]*Scale Test Party 00042[\s\S]*primary, exact[\s\S]*designated/);
      await main.getByRole('link', { name: /with a birth date, country, identifier or threshold/ }).click();
      await page.getByLabel('Threshold').fill('0.95');
      await main.getByRole('button', { name: 'Screen' }).click();
      await main.getByText('1 candidate at or above 0.95 for “Scale Test Party 00042”.').waitFor();
      await page.screenshot({ path: join(shots, 'screening.png') });
    });

    test('what changed on a list between two points: the delta, a page at a time', async () => {
      const page = context.pages()[0];
      const main = page.locator('main');
      await page.goto(`${ledger.base}/#/lists`);
      await main.getByText('The ledger holds no snapshot of an official list at this point.').waitFor();
      await page.getByLabel('List', { exact: true }).fill('Scale Test List');
      await page.getByRole('group', { name: 'From' }).getByLabel('Ledger position').fill('9990');
      await main.getByRole('button', { name: 'Compare' }).click();
      await main.getByText(/from position 9990 .* to position 10000 .*: 10 changes\./).waitFor();
      const rows = await main.locator('table.delta tbody tr').allInnerTexts();
      assert.equal(rows.length, 10);
      assert.ok(rows.every((r) => /^added/.test(r)), rows.join('\n'));
      assert.match(rows[0], /Scale Test Party 09991/);
      await page.screenshot({ path: join(shots, 'list-delta.png') });
    });
  });

  // Real lists, as published: two OFAC SDN snapshots a week apart (499 entries
  // amended in between) and four of the UN Security Council's list, ingested
  // with `ledger ingest` from testdata/ as they are.
  describe('real official lists: two SDN snapshots and four of the UN list', { timeout: 180_000 }, () => {
    const testdata = join(dirname(webDir), 'testdata');
    let ledger;
    let context;
    let dir;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'explorer-lists-'));
      const sdn = (observed, file) => ['--format', 'ofac-sdn', '--observed-at', observed, join(testdata, 'ofac-sdn', file)];
      const un = ['06-07', '06-21', '08-24', '10-29'].map((d) => join(testdata, 'un-sc', `consolidated-2018-${d}.xml.gz`));
      ledger = await startLedger(build(), {
        ingest: [sdn('2022-04-22T18:51:09Z', 'sdn-2022-04-22T185109Z.csv.gz'), sdn('2022-04-29T18:52:50Z', 'sdn-2022-04-29T185250Z.csv.gz'), ['--format', 'un-sc', ...un]],
      });
      context = await launchChromium(join(dir, 'chromium'));
    });

    after(async () => {
      await context?.close();
      await ledger?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('freshness of each list, and the week of amendments between the two SDN snapshots', async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const main = page.locator('main');
      await page.goto(`${ledger.base}/#/lists`);
      const sdnRow = main.locator('tbody tr', { hasText: 'us-ofac-sdn' });
      await sdnRow.waitFor();
      assert.match(await sdnRow.innerText(), /us-ofac-sdn\s+2\s+2022-04-29T18:52:50Z[\s\S]*10,025[\s\S]*dda60a0e8b25244987ab0a2ded0b1febe0f3eecf5e6de862e2700d76a0a80e17/);
      assert.match(await main.locator('tbody tr', { hasText: 'un-sc-consolidated' }).innerText(), /un-sc-consolidated\s+4\s+2018-10-29T23:09:49Z[\s\S]*1,093/);

      await page.getByLabel('List', { exact: true }).fill('us-ofac-sdn');
      await page.getByRole('group', { name: 'From' }).getByLabel('Published by').fill('2022-04-23T00:00:00');
      await main.getByRole('button', { name: 'Compare' }).click();
      await main.getByText(/: 499 changes\./).waitFor();
      const rows = main.locator('table.delta tbody tr');
      assert.equal(await rows.count(), 50);
      const first = await rows.first().innerText();
      assert.match(first, /^amended[\s\S]*ZAKHARCHENKO, Vitaliy Yuriyovych[\s\S]*remarks: — → Secondary sanctions risk: Ukraine-\/Russia-Related Sanctions Regulations/);
      await main.getByRole('button', { name: 'Next page' }).click();
      await page.waitForURL(/after=/);
      await rows.first().filter({ hasNotText: 'ZAKHARCHENKO' }).waitFor();
      assert.equal(await rows.count(), 50);
      await page.screenshot({ path: join(shots, 'real-sdn-delta.png') });
    });

    test('designations found by name and program, and screening a name as an analyst types it', async () => {
      const page = context.pages()[0];
      const main = page.locator('main');
      await page.goto(`${ledger.base}/#/designations?list=us-ofac-sdn&program=RUSSIA-EO14024&name=Sberbank`);
      const first = main.locator('tbody tr').first();
      await first.waitFor();
      assert.match(await first.innerText(), /PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA[\s\S]*us-ofac-sdn-17018[\s\S]*UKRAINE-EO13662, RUSSIA-EO14024[\s\S]*designated/i);

      await page.goto(`${ledger.base}/#/?q=Sberbank%20of%20Russia`);
      const top = main.locator('table.candidates tbody tr').first();
      await top.waitFor();
      assert.match(await top.innerText(), /PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA[\s\S]*designated/);
      await page.screenshot({ path: join(shots, 'real-sdn-screening.png') });
    });
  });
}
