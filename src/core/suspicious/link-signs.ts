import { classifyDomain, type DomainClass } from "../domains/classify";
import { publicSuffix } from "../domains/registrable";
import type { CompiledPolicy } from "../policy/compile";
import { displaySafe } from "./display-safe";
import { extractAnchors } from "./html-anchors";
import { hostNamedByText, linkTarget, urlAsRead, userinfoHost } from "./link-target";
import type { ReceivedBody, SuspicionSign } from "./types";

const MAX_LINK_SIGNS = 5;
const GOVERNMENT_SUFFIXES = new Set(["go.jp", "lg.jp"]);

function trustedLooking(cls: DomainClass): boolean {
  return cls.kind === "organisation" || cls.kind === "partner" || GOVERNMENT_SUFFIXES.has(publicSuffix(cls.domain));
}

// A URL written out in the text. Bounded, and the scan stops after MAX_TEXT_URLS, so a huge body stays cheap.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]{1,512}/gi;
const MAX_TEXT_URLS = 100;

function lookalikeSign(host: string, cls: DomainClass): SuspicionSign | undefined {
  if (!cls.lookalike) return undefined;
  return {
    id: "link-lookalike",
    severity: "high",
    messageId: "link.lookalike",
    data: { target: host, of: cls.lookalike.of, reason: cls.lookalike.reason },
  };
}

/**
 * Links whose visible text names one domain while the href goes to another organisation, and links that lead to a
 * domain imitating the organisation's or a partner's. Only HTML bodies have such anchors; but a URL written out as
 * text (a plain-text mail, or an HTML one that Outlook did not link) can imitate a domain just as well.
 */
export function linkSigns(body: ReceivedBody | undefined, compiled: CompiledPolicy): SuspicionSign[] {
  if (!body || typeof body.content !== "string") return [];
  const mismatches: SuspicionSign[] = [];
  const lookalikes: SuspicionSign[] = [];
  const seen = new Set<string>();
  const noteLookalike = (host: string, cls: DomainClass): void => {
    if (seen.has("L " + host) || lookalikes.length >= MAX_LINK_SIGNS) return;
    seen.add("L " + host);
    const sign = lookalikeSign(host, cls);
    if (sign) lookalikes.push(sign);
  };
  /** The reader is shown `named` (in `shown`) but the link goes to `target`: a sign unless both are one party. */
  const noteMismatch = (named: string, shown: string, target: string, targetCls: DomainClass): void => {
    if (named === "" || named === target) return;
    const namedCls = classifyDomain(named, compiled);
    // Same organisation (www. vs bare, a partner's second domain): what the text says is where it goes.
    if (namedCls.orgKey === targetCls.orgKey && namedCls.kind !== "invalid") return;
    const key = `M ${named} ${target}`;
    if (seen.has(key) || mismatches.length >= MAX_LINK_SIGNS) return;
    seen.add(key);
    mismatches.push({
      id: "link-text-mismatch",
      severity: trustedLooking(namedCls) || targetCls.lookalike ? "high" : "warn",
      messageId: "link.text-mismatch",
      data: { shown: displaySafe(shown, 120), target },
    });
  };
  for (const a of body.type === "html" ? extractAnchors(body.content) : []) {
    const target = linkTarget(a.href);
    if (target.host === "" || target.opaque) continue;
    const targetCls = classifyDomain(target.host, compiled);
    noteLookalike(target.host, targetCls);
    const named = hostNamedByText(a.text);
    // Text that is the deceptive URL itself (http://example.go.jp@evil.example/) names the real host, but reads as
    // the user part; so does the href a pointer hovering over the link shows.
    const disguised = named === target.host ? userinfoHost(a.text) : "";
    noteMismatch(disguised || named, a.text, target.host, targetCls);
    if (mismatches.length < MAX_LINK_SIGNS) noteMismatch(userinfoHost(a.href), a.href, target.host, targetCls);
  }
  for (const written of (body.content.match(URL_IN_TEXT) ?? []).slice(0, MAX_TEXT_URLS)) {
    const url = urlAsRead(written);
    const target = linkTarget(url);
    if (target.host === "" || target.opaque) continue;
    const targetCls = classifyDomain(target.host, compiled);
    noteLookalike(target.host, targetCls);
    noteMismatch(userinfoHost(url), url, target.host, targetCls);
  }
  return [...mismatches, ...lookalikes];
}
