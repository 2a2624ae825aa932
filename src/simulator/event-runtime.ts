import type { OfficeStandIn, StandInEvent } from "../office-stand-in/index";

/**
 * Runs the real built launchevent.js the way classic Outlook does: a fresh runtime for every event. The script is
 * fetched once and evaluated again per event as a classic <script> in this page, with the stand-in as
 * `window.Office`; it associates its handlers at top level, and the event goes to the handler the manifest names.
 */
export class EventRuntime {
  private source: Promise<string> | undefined;

  constructor(
    private readonly win: Window,
    private readonly url = "launchevent.js",
  ) {}

  private load(): Promise<string> {
    this.source ??= this.win.fetch(this.url).then((r) => {
      if (!r.ok) throw new Error(`${this.url}: HTTP ${r.status}`);
      return r.text();
    });
    return this.source;
  }

  /** Evaluates the bundle against `standIn`; returns the handler names it associated in this run. */
  async start(standIn: OfficeStandIn): Promise<string[]> {
    const text = await this.load();
    const before = standIn.associatedNames.length;
    (this.win as unknown as { Office: unknown }).Office = standIn.Office;
    const el = this.win.document.createElement("script");
    el.textContent = text;
    this.win.document.head.appendChild(el);
    el.remove();
    return standIn.associatedNames.slice(before);
  }

  /** A fresh runtime, then the event: what Outlook does on Send or when an attachment is added. */
  async dispatch(
    standIn: OfficeStandIn,
    functionName: string,
    type: string,
    extras?: Record<string, unknown>,
  ): Promise<StandInEvent> {
    const names = await this.start(standIn);
    if (!names.some((n) => n.toUpperCase() === functionName.toUpperCase())) {
      throw new Error(`launchevent.js did not associate ${functionName}`);
    }
    return standIn.dispatch(functionName, type, extras);
  }
}
