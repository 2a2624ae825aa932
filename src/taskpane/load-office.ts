/**
 * Gets the Office object the pane runs on. In Outlook that is office.js from Microsoft's CDN (Microsoft requires
 * the hosted copy), loaded by a <script> in the page's <head> before this bundle, as documented: a copy injected
 * later may miss Office's initialisation of the pane. In the simulator (`?host=simulator`, framed by a page of the same origin that exposes
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

export async function loadOffice(win: Window): Promise<typeof Office> {
  const w = win as Window & { Office?: typeof Office };
  const host = simulatorHost(win);
  if (host) w.Office = host.officeForPane();
  if (!w.Office) throw new Error(`office.js (${OFFICE_JS_URL}) did not load`);
  const office = w.Office;
  await office.onReady();
  return office;
}
