// Evaluated in every document the bench's tab opens, before the page's own scripts, and called again on
// the old page just before each click. It stamps the moment the expected heading is on screen: present
// in the DOM, then one animation frame, then the task right after that frame's rendering (a message
// posted from the frame callback runs once the frame has been produced). A prerendered page has its
// heading long before the click, so for it the frame is the first one after activation.
(() => {
  const expectKey = "navbench-expect";
  const shownKey = "navbench-shown";

  const now = () => String(performance.timeOrigin + performance.now());

  const stampAfterNextFrame = () =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => localStorage.setItem(shownKey, now());
      channel.port2.postMessage(null);
    });

  const headingShown = () => {
    const expected = localStorage.getItem(expectKey);
    const heading = document.querySelector("h1");
    return expected !== null && heading !== null && heading.textContent.trim() === expected;
  };

  const arm = () => {
    if (headingShown()) {
      onHeading();
      return;
    }

    const observer = new MutationObserver(() => {
      if (headingShown()) {
        observer.disconnect();
        onHeading();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  };

  const onHeading = () => {
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", stampAfterNextFrame, { once: true });
    } else {
      stampAfterNextFrame();
    }
  };

  // Called on the old page right before the click: the click is stamped where it is dispatched.
  window.__navbenchArm = (expected) => {
    localStorage.removeItem(shownKey);
    localStorage.setItem(expectKey, expected);
    window.__navbenchOldDocument = true;
    document.addEventListener("click", () => localStorage.setItem("navbench-click", now()), {
      capture: true,
      once: true,
    });
    arm();
  };

  if (localStorage.getItem(expectKey) !== null && localStorage.getItem(shownKey) === null) {
    arm();
  }
})();
