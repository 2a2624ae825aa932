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
 *
 * Scopes are asked for incrementally (NAA supports incremental and dynamic consent): Mail.Send for the report, and
 * Mail.ReadWrite only when the policy wants the reported mail moved afterwards (MOVE_SCOPES), so an organisation that
 * keeps reported mail never grants the add-in write access to mailboxes, and a refusal of the second scope can never
 * stop a report.
 */

export const GRAPH_SCOPES: readonly string[] = ["Mail.Send"];
/** Graph's message move (POST /me/messages/{id}/move) needs Mail.ReadWrite; there is no narrower delegated scope. */
export const MOVE_SCOPES: readonly string[] = ["Mail.ReadWrite"];

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
  /** A token for `scopes` (GRAPH_SCOPES when not given): silently when it can, through MSAL's popup otherwise. */
  token(forceRefresh: boolean, scopes?: readonly string[]): Promise<TokenOutcome>;
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
    async token(forceRefresh, wanted = GRAPH_SCOPES) {
      const scopes = wanted.slice();
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
        const r = await pca.acquireTokenSilent({ scopes, ...(forceRefresh ? { forceRefresh } : {}) });
        if (r.accessToken) return { ok: true, accessToken: r.accessToken };
      } catch {
        // Silent fails the first time (no consent yet for these scopes) or when the session expired: ask the user.
      }
      try {
        const r = await pca.acquireTokenPopup({ scopes });
        return r.accessToken
          ? { ok: true, accessToken: r.accessToken }
          : { ok: false, reason: "sign-in-failed", detail: "empty token" };
      } catch (e) {
        return { ok: false, reason: "sign-in-failed", detail: message(e) };
      }
    },
  };
}

/**
 * The getToken a Graph request takes: the token the caller already fetched (signing in first tells it why sign-in
 * failed), then a fresh one from the source whenever Graph answers 401.
 */
export function tokenGetter(
  tokens: TokenSource,
  scopes: readonly string[],
  first: string | undefined,
): (forceRefresh: boolean) => Promise<string | undefined> {
  let cached = first;
  return async (forceRefresh) => {
    if (!forceRefresh && cached) return cached;
    cached = undefined;
    const t = await tokens.token(forceRefresh, scopes);
    return t.ok ? t.accessToken : undefined;
  };
}
