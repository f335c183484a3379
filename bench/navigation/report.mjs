// Turns measure.mjs's JSON results into docs/measurements/navigation-vs-nextjs.md (on stdout). Each
// front-end's option names its rounds' files, comma-separated; their runs are put together in order.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    tandem: { type: "string" },
    "tandem-no-prerender": { type: "string" },
    nextjs: { type: "string" },
    load: { type: "string" },
    commit: { type: "string" },
    chromium: { type: "string" },
    "next-version": { type: "string" },
    rounds: { type: "string" },
  },
});

const read = (paths) => {
  const rounds = paths.split(",").map((path) => JSON.parse(readFileSync(path, "utf8")));
  const preloadStatuses = {};
  for (const round of rounds) {
    for (const [status, n] of Object.entries(round.preloadStatuses)) {
      preloadStatuses[status] = (preloadStatuses[status] ?? 0) + n;
    }
  }

  return {
    ...rounds[0],
    homeToPost: rounds.flatMap((round) => round.homeToPost),
    postToHome: rounds.flatMap((round) => round.postToHome),
    preloadStatuses,
  };
};
const tandem = read(args.tandem);
const tandemOff = read(args["tandem-no-prerender"]);
const nextjs = read(args.nextjs);
const columns = [tandem, tandemOff, nextjs];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (runs) => runs.map((run) => run.ms);
const count = (runs, key) => runs.filter((run) => run[key]).length;
const how = (runs) =>
  `${count(runs, "prerendered")} prerendered, ${count(runs, "prefetched")} prefetched, ` +
  `${count(runs, "sameDocument")} same-document of ${runs.length}`;
const statuses = (result) =>
  Object.entries(result.preloadStatuses).map(([status, n]) => `${status} ×${n}`).join(", ") || "none";
const osName = readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?([^"\n]*)/m)[1];
const dotnet = execFileSync("dotnet", ["--list-runtimes"], { encoding: "utf8" })
  .split("\n")
  .filter((line) => line.startsWith("Microsoft.NETCore.App"))
  .map((line) => line.split(" ")[1])
  .pop();
const runs = tandem.homeToPost.length;

const lines = [
  "# Navigation: Tandem against Next.js, click to new content",
  "",
  `Written by \`bench/navigation.sh\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. ` +
    `Machine: ${cpus().length} cores, ${osName}, .NET ${dotnet}, Node.js ${process.versions.node}, ` +
    `Next.js ${args["next-version"]}, ${args.chromium} (headless). Commit ${args.commit}; ` +
    "Tandem in Release, " +
    "Production environment, output cache and compression as configured by default (cache on, " +
    "compression off); the API on the seeded reference workload (20,000 posts); everything on loopback. " +
    `Load average (1, 5, 15 min) at start / before measuring / at the end: ${args.load}.`,
  "",
  "The Next.js front-end (bench/nextjs-reference) renders the same two pages from the same API, " +
    "per request (App Router, `force-dynamic`), and links with `next/link` and its default prefetching.",
  "",
  "Each run loads the home page as a new document, waits 1 s, rests the pointer on a post's title for " +
    "500 ms, clicks, and times until the post page is shown; then, after 1 s, the same from the post " +
    "page's " +
    "home link back to the home page. \"Shown\" is one definition for both: the new page's `h1` holds the " +
    "expected text, then one animation frame has been produced (a `requestAnimationFrame` callback, then " +
    "the task posted from it). A probe script evaluated in every document stamps the click (capturing " +
    "listener) and the shown time with `performance.timeOrigin + performance.now()`; a prerendered page " +
    "counts from its first frame after activation. Chromium is driven over `--remote-debugging-pipe`, " +
    "attached through the tab target, which leaves prerendering on as for a reader " +
    "(bench/README.md says why); the " +
    "middle column turns it off with `Page.setPrerenderingAllowed`, which is the state Playwright's " +
    `page attachment leaves. ${runs} measured runs each way, in ${args.rounds} rounds in which the ` +
    "three take turns, each round a fresh browser and profile with " +
    `${tandem.warmup} warm-up runs first; a different post each run. ` +
    "Page bytes are from the first round.",
  "",
  "| navigation | Tandem (prerendered, as a reader's Chromium) | Tandem, prerendering off (prefetch) " +
    "| Next.js (client-side) |",
  "|---|---|---|---|",
  `| home → post, median | ${columns.map((c) => ms(median(times(c.homeToPost)))).join(" | ")} |`,
  `| post → home, median | ${columns.map((c) => ms(median(times(c.postToHome)))).join(" | ")} |`,
  `| home → post, how | ${columns.map((c) => how(c.homeToPost)).join(" | ")} |`,
  `| post → home, how | ${columns.map((c) => how(c.postToHome)).join(" | ")} |`,
  `| Chromium's prerender statuses | ${columns.map(statuses).join(" | ")} |`,
  "",
  "What each page loads on a first visit (Resource Timing's `encodedBodySize`: the bytes as served, " +
    "compressed when the server compressed them):",
  "",
  "| page | Tandem script | Next.js script | Tandem HTML | Next.js HTML | Tandem other (CSS, rules) " +
    "| Next.js other (RSC prefetches, CSS) |",
  "|---|---|---|---|---|---|---|",
  ...["home", "post"].map((page) => {
    const t = tandem.bytes[page];
    const n = nextjs.bytes[page];
    return `| ${page} | ${kb(t.scriptBytes)} in ${t.scriptFiles} files | ${kb(n.scriptBytes)} in ` +
      `${n.scriptFiles} files | ${kb(t.documentBytes)} | ${kb(n.documentBytes)} | ${kb(t.otherBytes)} in ` +
      `${t.otherFetches} | ${kb(n.otherBytes)} in ${n.otherFetches} |`;
  }),
  "",
  "All runs (ms), in order:",
  "",
  ...[["Tandem", tandem], ["Tandem, prerendering off", tandemOff], ["Next.js", nextjs]]
    .flatMap(([name, r]) => [
    `- ${name}, home → post: ${times(r.homeToPost).join(", ")}`,
    `- ${name}, post → home: ${times(r.postToHome).join(", ")}`,
  ]),
];
console.log(lines.join("\n"));
