// Click-to-new-content times for one front-end, home → post and post → home, in headless Chromium.
// Usage: node measure.mjs --url http://127.0.0.1:5382 --runs 20 --warmup 2 --prerender on|off
//        [--first-post 0] [--chromium /usr/bin/chromium]
// Prints one JSON object: every run's times and how the new content came (prerendered, prefetched, same
// document), and the compressed bytes of script and HTML the home and post pages load.
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { Chromium } from "./chromium-pipe.mjs";
import { Tab } from "./tab.mjs";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    prerender: { type: "string", default: "on" },
    "first-post": { type: "string", default: "0" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
  },
});
if (!args.url || !["on", "off"].includes(args.prerender)) {
  console.error("usage: node measure.mjs --url BASE_URL [--runs N] [--warmup N] [--prerender on|off]");
  process.exit(2);
}

const base = args.url.replace(/\/+$/, "");
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const firstPost = Number(args["first-post"]);
const homeHeading = "Newest posts";
const hoverMs = 500;
const settleMs = 1000;
const timeoutMs = 15000;

const browser = await Chromium.launch(args.chromium);
try {
  const tab = await Tab.open(browser, { allowPrerender: args.prerender === "on" });
  const result = { url: base, prerender: args.prerender, warmup, bytes: {}, homeToPost: [], postToHome: [] };

  result.bytes.home = await loadAndWeigh(tab, base + "/");
  const postUrl = await tab.evaluate(await tab.shownPage(), "document.querySelector('ol h2 a').href");
  result.bytes.post = await loadAndWeigh(tab, postUrl);

  for (let run = 0; run < warmup + runs; run++) {
    await load(tab, base + "/", homeHeading);

    // A different post each run, down the list, as readers pick different ones.
    const postLink = `document.querySelectorAll('ol h2 a')[${(firstPost + run) % 20}]`;
    const title = await tab.evaluate(await tab.shownPage(), `${postLink}.textContent.trim()`);
    const toPost = await clickAndTime(tab, postLink, title);
    await sleep(settleMs);
    const toHome = await clickAndTime(tab, "document.querySelector('header nav a[href=\"/\"]')", homeHeading);

    if (run >= warmup) {
      result.homeToPost.push(toPost);
      result.postToHome.push(toHome);
    }
  }

  result.preloadStatuses = countOf(tab.preloadStatuses);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}

// Opens url as a fresh document and waits until it is complete, showing `heading`, and settled.
async function load(tab, url, heading) {
  const page = await tab.shownPage();
  await tab.evaluate(page, "localStorage.removeItem('navbench-expect'); true");
  await tab.navigate(page, url);
  await waitFor(tab, "document.readyState === 'complete' && " +
    `document.querySelector('h1')?.textContent.trim() === ${JSON.stringify(heading)}`);
  // Hydration, prefetching of visible links and late scripts finish here, before any pointer moves.
  await sleep(settleMs);
}

// Loads url on its own and sums what Resource Timing says came over the wire for it, compressed.
async function loadAndWeigh(tab, url) {
  const page = await tab.shownPage();
  await tab.navigate(page, url);
  await waitFor(tab, "document.readyState === 'complete'");
  await sleep(2 * settleMs);
  return tab.evaluate(await tab.shownPage(), `(() => {
    const isScript = (entry) => /\\.m?js(\\?|$)/.test(new URL(entry.name).pathname);
    const resources = performance.getEntriesByType('resource');
    const sum = (entries) => entries.reduce((total, entry) => total + entry.encodedBodySize, 0);
    const document = performance.getEntriesByType('navigation')[0];
    return {
      documentBytes: document.encodedBodySize,
      scriptFiles: resources.filter(isScript).length,
      scriptBytes: sum(resources.filter(isScript)),
      otherFetches: resources.filter((entry) => !isScript(entry)).length,
      otherBytes: sum(resources.filter((entry) => !isScript(entry))),
    };
  })()`);
}

// Rests the pointer on the link for hoverMs, clicks it, and reads the probe's stamps once the page
// that shows `expected` as its heading has been painted.
async function clickAndTime(tab, linkExpression, expected) {
  const page = await tab.shownPage();
  const point = await tab.evaluate(page, `(() => {
    const link = ${linkExpression};
    link.scrollIntoView({ block: 'center' });
    window.__navbenchArm(${JSON.stringify(expected)});
    const box = link.getBoundingClientRect();
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
  })()`);

  await tab.mouse(page, "mouseMoved", point.x, point.y);
  await sleep(hoverMs);
  await tab.mouse(page, "mousePressed", point.x, point.y);
  await tab.mouse(page, "mouseReleased", point.x, point.y);

  const shownAt = await waitFor(tab, "localStorage.getItem('navbench-shown')");
  const now = await tab.shownPage();
  const details = await tab.evaluate(now, `(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    return {
      clickAt: Number(localStorage.getItem('navbench-click')),
      heading: document.querySelector('h1').textContent.trim(),
      sameDocument: window.__navbenchOldDocument === true,
      prerendered: (navigation.activationStart || 0) > 0,
      prefetched: navigation.deliveryType === 'navigational-prefetch',
    };
  })()`);
  await tab.evaluate(now, "localStorage.removeItem('navbench-expect'); true");
  if (details.heading !== expected) {
    throw new Error(`expected the heading "${expected}", the page shows "${details.heading}"`);
  }

  return {
    ms: Math.round((Number(shownAt) - details.clickAt) * 10) / 10,
    sameDocument: details.sameDocument,
    prerendered: details.prerendered,
    prefetched: details.prefetched,
  };
}

// Polls the shown page until expression is truthy; returns its value.
async function waitFor(tab, expression) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = await tab.shownPage();
    const value = page && (await tab.evaluate(page, expression).catch(() => null));
    if (value) {
      return value;
    }

    await sleep(25);
  }

  throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
}

function countOf(values) {
  const counts = {};
  for (const value of values) {
    counts[value] = (counts[value] ?? 0) + 1;
  }

  return counts;
}
