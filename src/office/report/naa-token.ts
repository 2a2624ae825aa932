/**
 * An access token for Microsoft Graph (Mail.Send) through nested app authentication: MSAL.js's nestable public client
 * application, brokered by Outlook, as Microsoft documents it ("Enable SSO in an Office Add-in using nested app
 * authentication", office-js-docs-pr docs/develop/enable-nested-app-authentication-in-your-add-in.md): check
 * `isSetSupported("NestedAppAuth", "1.1")`, create the application with `createNestablePublicClientApplication`,
 * try `acquireTokenSilent` first and `acquireTokenPopup` when that fails.
 *
 * Only the report pane uses this. MSAL is loaded on demand (a separate chunk of the pane bundle) and never enters
 * dist/launchevent.js: the classic event runtime loads one small ES2016 script, and event code may only acquire
 * tokens silently (Microsoft's Outlook-Event-SSO-NAA sample), which fails exactly when a user has not consented yet.
 * Tests replace the factory: the application object is the only thing faked.
 */

export const GRAPH_SCOPES = ["Mail.Send"];

/** The part of MSAL's IPublicClientApplication used here. */
export interface NestableClient {
  acquireTokenSilent(request: { scopes: string[]; forceRefresh?: boolean }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
}

export interface NaaConfig {
  readonly clientId: string;
  readonly tenantId?: string;
}

export type ClientFactory = (config: { auth: { clientId: string; authority: string } }) => Promise<NestableClient>;

export type TokenOutcome =
  | { readonly ok: true; readonly accessToken: string }
  | {
      readonly ok: false;
      readonly reason: "naa-unsupported" | "init-failed" | "sign-in-failed";
      readonly detail?: string;
    };

export interface TokenSource {
  token(forceRefresh: boolean): Promise<TokenOutcome>;
}

/** MSAL itself, imported only when the pane first needs a token. */
export const msalFactory: ClientFactory = async (config) => {
  const msal = await import("@azure/msal-browser");
  return msal.createNestablePublicClientApplication(config);
};

/**
 * A single-tenant registration (what an organisation registers) must sign in against its own tenant; "organizations"
 * serves a multi-tenant one and keeps personal accounts out.
 */
export function authority(config: NaaConfig): string {
  return `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}`;
}

const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

export function naaTokenSource(
  config: NaaConfig,
  naaSupported: boolean,
  factory: ClientFactory = msalFactory,
): TokenSource {
  let client: Promise<NestableClient> | undefined;
  return {
    async token(forceRefresh) {
      if (!naaSupported) return { ok: false, reason: "naa-unsupported" };
      client ??= factory({ auth: { clientId: config.clientId, authority: authority(config) } });
      let pca: NestableClient;
      try {
        pca = await client;
      } catch (e) {
        client = undefined;
        return { ok: false, reason: "init-failed", detail: message(e) };
      }
      try {
        const r = await pca.acquireTokenSilent({ scopes: GRAPH_SCOPES, ...(forceRefresh ? { forceRefresh } : {}) });
        if (r.accessToken) return { ok: true, accessToken: r.accessToken };
      } catch {
        // Silent fails the first time (no consent yet) or when the session expired: ask the user.
      }
      try {
        const r = await pca.acquireTokenPopup({ scopes: GRAPH_SCOPES });
        return r.accessToken
          ? { ok: true, accessToken: r.accessToken }
          : { ok: false, reason: "sign-in-failed", detail: "empty token" };
      } catch (e) {
        return { ok: false, reason: "sign-in-failed", detail: message(e) };
      }
    },
  };
}
