import { normaliseDomain } from "../address/parse-address";
import { registrableDomain } from "../domains/registrable";
import type { AuthResultsHeader, MethodResult } from "./auth-results";
import { MAX_ADDRESS_INPUT, type ClassifiedMailbox } from "./context";
import { displaySafe } from "./display-safe";
import type { SignSeverity, SuspicionSign } from "./types";

/** What the trusted Authentication-Results say, reduced to what the signs and other checks need. */
export interface AuthSummary {
  /** DMARC (or Microsoft's composite check) passed: the From domain is authenticated. */
  readonly fromAuthenticated: boolean;
  readonly signs: SuspicionSign[];
}

const WEAK = new Set(["softfail", "neutral", "none", "temperror", "permerror", "policy"]);
const PASS = new Set(["pass", "bestguesspass"]);

/** Per method, the results of the nearest (topmost) trusted header that reports it; a later hop may know better. */
function nearestResults(headers: readonly AuthResultsHeader[], method: string): MethodResult[] {
  for (const h of headers) {
    const rs = h.results.filter((r) => r.method === method);
    if (rs.length > 0) return rs;
  }
  return [];
}

function domainPart(v: string | undefined): string {
  if (!v) return "";
  const at = v.lastIndexOf("@");
  return displaySafe(at >= 0 ? v.slice(at + 1) : v, 100);
}

/** Relaxed DMARC-style alignment: the checked domain and the From domain share a registrable domain. */
function alignedPass(results: readonly MethodResult[], keys: readonly string[], from: ClassifiedMailbox | undefined) {
  if (!from) return false;
  const fromOrg = registrableDomain(from.domain);
  return results.some((r) => {
    if (r.result !== "pass") return false;
    return keys.some((k) => {
      const v = r.props[k];
      if (!v || v.length > MAX_ADDRESS_INPUT) return false;
      const d = normaliseDomain(v.slice(v.lastIndexOf("@") + 1));
      return d !== "" && registrableDomain(d) === fromOrg;
    });
  });
}

function describe(r: MethodResult): string {
  const reason = r.method === "compauth" && r.props.reason ? ` reason=${r.props.reason}` : "";
  return displaySafe(`${r.method}=${r.result}${reason}`, 60);
}

export function authSigns(headers: readonly AuthResultsHeader[], from: ClassifiedMailbox | undefined): AuthSummary {
  const spf = nearestResults(headers, "spf");
  const dkim = nearestResults(headers, "dkim");
  const dmarc = nearestResults(headers, "dmarc");
  const compauth = nearestResults(headers, "compauth");
  const dmarcPass = dmarc.some((r) => PASS.has(r.result));
  const compPass = compauth.some((r) => r.result === "pass");
  const fromAuthenticated = dmarcPass || compPass;
  const signs: SuspicionSign[] = [];

  const dmarcFail = dmarc.filter((r) => r.result === "fail");
  const compFail = compauth.filter((r) => r.result === "fail");
  const spfFail = spf.filter((r) => r.result === "fail");
  // A mail with several signatures is fine when one verifies: lists and gateways often break the others.
  const dkimFail = dkim.some((r) => r.result === "pass") ? [] : dkim.filter((r) => r.result === "fail");

  // Microsoft's composite verdict is its last word on the From domain: compauth=pass despite dmarc=fail means it
  // overrode the failure (reason 130: a trusted ARC sealer such as a mailing list vouched for the original), and
  // softpass means it half-believed the sender; a DMARC failure then is no longer the strongest sign.
  const dmarcCounts = dmarcFail.length > 0 && !compPass;
  const compSoft = compauth.some((r) => r.result === "softpass");
  if (dmarcCounts || compFail.length > 0) {
    // Microsoft: compauth=fail on its own is a signal, not a verdict; reason 000 is an explicit DMARC failure and
    // 6xx is spoofing of the organisation's own domain, both as strong as a DMARC fail.
    const strongComp = compFail.some((r) => /^(?:000|6\d\d)$/.test(r.props.reason ?? ""));
    const severity: SignSeverity = (dmarcCounts && !compSoft) || strongComp ? "high" : "warn";
    const domain =
      domainPart(dmarcFail[0]?.props["header.from"]) ||
      domainPart(dmarc[0]?.props["header.from"]) ||
      (from ? displaySafe(from.displayDomain, 100) : "");
    const internal = from?.cls.kind === "organisation";
    signs.push({
      id: "auth-from-unverified",
      severity,
      messageId: internal ? "auth.from-unverified-internal" : "auth.from-unverified",
      data: { domain, results: [...dmarcFail, ...compFail, ...spfFail, ...dkimFail].map(describe) },
    });
    return { fromAuthenticated, signs };
  }

  // With DMARC passed, a failing SPF or DKIM usually means forwarding or a mailing list: worth a note, no more.
  // When Microsoft overrode DMARC on a trusted ARC chain, that is exactly what it established: no note at all.
  if (compauth.some((r) => r.result === "pass" && r.props.reason === "130")) return { fromAuthenticated, signs };
  const lesser: SignSeverity = fromAuthenticated ? "info" : "warn";
  if (spfFail.length > 0) {
    const r = spfFail[0];
    signs.push({
      id: "auth-spf-fail",
      severity: lesser,
      messageId: "auth.spf-fail",
      data: { domain: domainPart(r?.props["smtp.mailfrom"] ?? r?.props["smtp.helo"]) },
    });
  }
  if (dkimFail.length > 0) {
    signs.push({
      id: "auth-dkim-fail",
      severity: lesser,
      messageId: "auth.dkim-fail",
      data: { domain: domainPart(dkimFail[0]?.props["header.d"] ?? dkimFail[0]?.props["header.i"]) },
    });
  }
  // Without DMARC, an SPF or DKIM pass for the From domain itself still vouches for the sender.
  const aligned = alignedPass(spf, ["smtp.mailfrom"], from) || alignedPass(dkim, ["header.d", "header.i"], from);
  if (signs.length === 0 && !fromAuthenticated && !aligned) {
    const weak = [...spf, ...dkim, ...dmarc].filter((r) => WEAK.has(r.result));
    if (weak.length > 0) {
      signs.push({
        id: "auth-not-verified",
        severity: "info",
        messageId: "auth.not-verified",
        data: { results: weak.map(describe) },
      });
    }
  }
  return { fromAuthenticated, signs };
}
