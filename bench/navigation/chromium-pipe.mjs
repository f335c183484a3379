// Headless Chromium driven over --remote-debugging-pipe, attached the way that leaves prerendering on.
//
// Chromium refuses to prerender for a page that has a DevTools session attached to its page target
// directly (content/browser/devtools/devtools_instrumentation.cc, IsPrerenderAllowed: a session
// "without tab target support" answers PrerenderingDisabledByDevTools), which is how Playwright holds its
// pages. A client that attaches to the tab target first and reaches the page through the tab's
// auto-attach is a tab-target client, and the browser then prerenders as it does for a reader.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--window-size=1280,900",
  "--remote-debugging-pipe",
];

const commandTimeoutMs = 20000;

export class Chromium {
  #process;
  #profile;
  #nextId = 1;
  #pending = new Map();
  #listeners = [];
  #buffer = "";

  static async launch(executable) {
    const browser = new Chromium();
    browser.#profile = mkdtempSync(join(tmpdir(), "navbench-profile-"));
    // fd 3 is what Chromium reads commands from, fd 4 where it writes answers and events.
    browser.#process = spawn(executable, [...flags, `--user-data-dir=${browser.#profile}`, "about:blank"], {
      stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
    });
    browser.#process.stderr.on("data", () => {});
    browser.#process.stdio[4].on("data", (chunk) => browser.#receive(chunk));
    browser.#process.on("exit", (code) => {
      for (const { reject } of browser.#pending.values()) {
        reject(new Error(`Chromium exited (${code}) with commands unanswered`));
      }
    });
    return browser;
  }

  get pid() {
    return this.#process.pid;
  }

  /** Sends one command, to the browser or (with a session id) to an attached target. */
  send(method, params = {}, sessionId = undefined) {
    const id = this.#nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      // A session whose page went away may never answer; a stuck run fails instead of hanging.
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: no answer within ${commandTimeoutMs} ms`));
      }, commandTimeoutMs);
      const settle = (action) => (value) => {
        clearTimeout(timer);
        action(value);
      };
      this.#pending.set(id, { resolve: settle(resolve), reject: settle(reject), method });
      this.#process.stdio[3].write(message + "\0");
    });
  }

  /** Calls listener(method, params, sessionId) for every event. */
  onEvent(listener) {
    this.#listeners.push(listener);
  }

  async close() {
    await this.send("Browser.close").catch(() => {});
    await new Promise((resolve) => {
      if (this.#process.exitCode !== null) {
        resolve();
        return;
      }

      const timer = setTimeout(() => this.#process.kill("SIGKILL"), 5000);
      this.#process.on("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    rmSync(this.#profile, { recursive: true, force: true });
  }

  #receive(chunk) {
    this.#buffer += chunk.toString("utf8");
    let end;
    while ((end = this.#buffer.indexOf("\0")) >= 0) {
      const message = JSON.parse(this.#buffer.slice(0, end));
      this.#buffer = this.#buffer.slice(end + 1);
      if (message.id === undefined) {
        for (const listener of this.#listeners) {
          listener(message.method, message.params, message.sessionId);
        }

        continue;
      }

      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (!pending) {
        continue;
      }

      if (message.error) {
        pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      } else {
        pending.resolve(message.result);
      }
    }
  }
}
