// What the page's modules get from outside them, for `tsc --checkJs`: Qt's
// qwebchannel.js (a classic script served from Qt's resources, loaded before the
// modules) and the API that Python calls on `window`.

/** The Python object registered on the channel as "bridge" (reader/ui/bridge.py). */
interface YomuBridge {
  pageReady(): void;
  topBlockChanged(blockId: string): void;
  positionChanged(blockId: string, fraction: number): void;
  selectionChanged(payload: string): void;
  pagePainted(): void;
  highlightSelection(color: string, style: string, note: boolean): void;
  highlightClicked(annotationId: string): void;
  openLink(url: string): void;
  lookup(payload: string): void;
  needChunk(index: number): void;
  chunkDropped(index: number): void;
  needBlock(blockId: string): void;
  findPainted(serial: number): void;
}

declare class QWebChannel {
  constructor(
    transport: unknown,
    ready: (channel: { objects: { bridge: YomuBridge } }) => void,
  );
}

declare const qt: { webChannelTransport: unknown };

/** A function of the page's API: Python passes JSON values, and reads one back. */
type YomuFunction = (...args: never[]) => unknown;

interface Window {
  /** The page's API, called by Python with runJavaScript (see api.js). */
  yomu?: Record<string, YomuFunction>;
}
