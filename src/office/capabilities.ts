/** What the client can do, from requirement sets (never from user agent or platform guesses). */

export interface Capabilities {
  /** 1.14: sendModeOverride PromptUser (Send Anyway), cancelLabel, commandId + contextData for a task pane. */
  readonly promptUser: boolean;
  /** 1.15: errorMessageMarkdown. */
  readonly markdown: boolean;
  /** 1.13: item.sensitivityLabel. */
  readonly sensitivityLabel: boolean;
  /** 1.11: item.sessionData (absent means no cache and no "press Send again"). */
  readonly sessionData: boolean;
  /** sessionData quota in characters: 50,000 before Mailbox 1.16. */
  readonly sessionDataQuota: number;
}

export interface OfficeRequirementsLike {
  readonly context?: {
    readonly requirements?: { isSetSupported?(name: string, version?: string): boolean };
    readonly mailbox?: { readonly item?: unknown };
  };
}

/** Nothing known yet: what a handler assumes before it has asked, and what a client without requirements gets. */
export const NO_CAPABILITIES: Capabilities = {
  promptUser: false,
  markdown: false,
  sensitivityLabel: false,
  sessionData: false,
  sessionDataQuota: 50_000,
};

/**
 * The one requirement-set question every surface asks (send check, Report button, panes): does this client support
 * `name` at `version`? False when the host has no requirements API or it throws; never guess from the platform.
 */
export function supportsSet(office: OfficeRequirementsLike, name: string, version: string): boolean {
  try {
    const req = office.context && office.context.requirements;
    return !!(req && typeof req.isSetSupported === "function" && req.isSetSupported(name, version));
  } catch {
    return false;
  }
}

/** isSetSupported("Mailbox", version), the question most callers ask. */
export function supports(office: OfficeRequirementsLike, version: string): boolean {
  return supportsSet(office, "Mailbox", version);
}

export function detectCapabilities(office: OfficeRequirementsLike): Capabilities {
  const item = (office.context && office.context.mailbox && office.context.mailbox.item) as
    { sessionData?: unknown; sensitivityLabel?: unknown } | undefined;
  const has = (key: "sessionData" | "sensitivityLabel") => !!item && typeof item[key] === "object" && !!item[key];
  return {
    promptUser: supports(office, "1.14"),
    markdown: supports(office, "1.15"),
    sensitivityLabel: supports(office, "1.13") && has("sensitivityLabel"),
    sessionData: supports(office, "1.11") && has("sessionData"),
    sessionDataQuota: supports(office, "1.16") ? 2_621_440 : 50_000,
  };
}
