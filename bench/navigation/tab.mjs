// One browser tab held through its tab target, with every page in it (prerendered ones too) attached
// through the tab's auto-attach: the probe is added to each before it runs, and prerendering stays on
// unless the caller turns it off as an automation client would.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const frozenPageMs = 1500;
const probe = readFileSync(new URL("./probe.js", import.meta.url), "utf8");

export class Tab {
  #browser;
  #pages = new Map();
  preloadStatuses = [];

  constructor(browser) {
    this.#browser = browser;
  }

  static async open(browser, { allowPrerender }) {
    const tab = new Tab(browser);
    const { targetInfos } = await browser.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const target = targetInfos.find((info) => info.type === "tab");
    if (!target) {
      throw new Error("Chromium lists no tab target; it is too old for tab-target clients");
    }

    const { sessionId: tabSession } = await browser.send("Target.attachToTarget", {
      targetId: target.targetId,
      flatten: true,
    });
    const firstPage = new Promise((resolve) => {
      browser.onEvent((method, params, sessionId) => {
        if (method === "Target.attachedToTarget" && sessionId === tabSession) {
          tab.#attached(params, allowPrerender).then(resolve, resolve);
        } else if (method === "Target.detachedFromTarget" && sessionId === tabSession) {
          tab.#pages.delete(params.sessionId);
        } else if (method === "Preload.prerenderStatusUpdated") {
          const reason = params.prerenderStatus ? ` (${params.prerenderStatus})` : "";
          tab.preloadStatuses.push(params.status + reason);
        }
      });
    });
    await browser.send("Target.setAutoAttach", {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: true,
    }, tabSession);
    await firstPage;
    return tab;
  }

  async #attached({ sessionId, targetInfo }, allowPrerender) {
    if (targetInfo.type !== "page") {
      await this.#browser.send("Runtime.runIfWaitingForDebugger", {}, sessionId).catch(() => {});
      return;
    }

    this.#pages.set(sessionId, targetInfo);
    const send = (method, params = {}) => this.#browser.send(method, params, sessionId);
    // Sent in one go: the target answers some of these only once it runs, and commands keep their order,
    // so the probe is in place before the paused page goes on.
    const setup = [
      // The probe reaches new documents only with the Page domain on.
      send("Page.enable"),
      send("Page.addScriptToEvaluateOnNewDocument", { source: probe }),
      send("Preload.enable"),
      // What an automation client such as Playwright leaves in place, in effect.
      ...(allowPrerender ? [] : [send("Page.setPrerenderingAllowed", { isAllowed: false })]),
      send("Runtime.runIfWaitingForDebugger"),
    ];
    await Promise.all(setup);
  }

  /** Evaluates an expression in one page; returns its value. */
  async evaluate(sessionId, expression) {
    const { result, exceptionDetails } = await this.#browser.send("Runtime.evaluate", {
      expression,
      returnByValue: true,
      awaitPromise: true,
    }, sessionId);
    if (exceptionDetails) {
      const description = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(`${expression.slice(0, 80)}: ${description}`);
    }

    return result.value;
  }

  /** The page a reader sees: visible and not a prerender waiting in the background. */
  async shownPage() {
    for (const sessionId of [...this.#pages.keys()]) {
      // A page left for the back-forward cache may be frozen and never answer; it is skipped, not waited on.
      const state = await Promise.race([
        this.evaluate(sessionId, "[document.visibilityState, document.prerendering]").catch(() => null),
        sleep(frozenPageMs).then(() => null),
      ]);
      if (state?.[0] === "visible" && !state[1]) {
        return sessionId;
      }

      // Hidden and not a prerender: a page this bench has left and never comes back to.
      if (state?.[0] === "hidden" && !state[1]) {
        this.#pages.delete(sessionId);
      }
    }

    return null;
  }

  mouse(sessionId, type, x, y) {
    return this.#browser.send("Input.dispatchMouseEvent", {
      type,
      x,
      y,
      button: type === "mouseMoved" ? "none" : "left",
      clickCount: type === "mouseMoved" ? 0 : 1,
    }, sessionId);
  }

  navigate(sessionId, url) {
    return this.#browser.send("Page.navigate", { url }, sessionId);
  }
}
