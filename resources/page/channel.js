// @ts-check
// The page's line to Python: the QWebChannel object "bridge" (reader/ui/bridge.py).
// Until the channel is open there is no bridge, and what would be reported is not.

/** @type {YomuBridge | null} */
let current = null;

/** The bridge to Python, or null before the channel is open. */
export function bridge() {
  return current;
}

/**
 * Open the channel; then tell Python the page is ready and run `ready`.
 * @param {() => void} ready
 */
export function connect(ready) {
  new QWebChannel(qt.webChannelTransport, (channel) => {
    current = channel.objects.bridge;
    // Page scripts that are not modules (and so cannot import bridge()) share the
    // one channel through this event.
    document.dispatchEvent(new CustomEvent("yomu-channel", { detail: current }));
    current.pageReady();
    ready();
  });
}
