/**
 * Gets the Office object the pane runs on. In Outlook that is office.js from Microsoft's CDN (Microsoft requires
 * the hosted copy). In the simulator (`?host=simulator`, framed by a page of the same origin that exposes
 * `sendcheckSimulator`), it is the simulator's Office stand-in, so the very same bundle runs without a tenant.
 * A cross-origin parent (Outlook on the web) cannot be read at all, so only our own simulator page qualifies.
 */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface SimulatorHost {
  officeForPane(): typeof Office;
}

export function simulatorHost(win: Window): SimulatorHost | undefined {
  if (new URLSearchParams(win.location.search).get("host") !== "simulator" || win.parent === win) return undefined;
  try {
    const host = (win.parent as Window & { sendcheckSimulator?: SimulatorHost }).sendcheckSimulator;
    return host && typeof host.officeForPane === "function" ? host : undefined;
  } catch {
    return undefined;
  }
}

function loadScript(doc: Document, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = doc.createElement("script");
    el.src = src;
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`could not load ${src}`));
    doc.head.appendChild(el);
  });
}

export async function loadOffice(win: Window): Promise<typeof Office> {
  const w = win as Window & { Office?: typeof Office };
  const host = simulatorHost(win);
  if (host) w.Office = host.officeForPane();
  else if (!w.Office) await loadScript(win.document, OFFICE_JS_URL);
  const office = w.Office as typeof Office;
  await office.onReady();
  return office;
}
