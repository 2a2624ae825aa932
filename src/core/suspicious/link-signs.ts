import { classifyDomain, type DomainClass } from "../domains/classify";
import { publicSuffix } from "../domains/registrable";
import type { CompiledPolicy } from "../policy/compile";
import { displaySafe } from "./display-safe";
import { extractAnchors } from "./html-anchors";
import { hostNamedByText, linkTarget } from "./link-target";
import type { ReceivedBody, SuspicionSign } from "./types";

const MAX_LINK_SIGNS = 5;
const GOVERNMENT_SUFFIXES = new Set(["go.jp", "lg.jp"]);

function trustedLooking(cls: DomainClass): boolean {
  return cls.kind === "organisation" || cls.kind === "partner" || GOVERNMENT_SUFFIXES.has(publicSuffix(cls.domain));
}

/**
 * Links whose visible text names one domain while the href goes to another organisation, and links that lead to a
 * domain imitating the organisation's or a partner's. Only HTML bodies have such links; plain text shows the URL.
 */
export function linkSigns(body: ReceivedBody | undefined, compiled: CompiledPolicy): SuspicionSign[] {
  if (!body || body.type !== "html" || typeof body.content !== "string") return [];
  const mismatches: SuspicionSign[] = [];
  const lookalikes: SuspicionSign[] = [];
  const seen = new Set<string>();
  for (const a of extractAnchors(body.content)) {
    const target = linkTarget(a.href);
    if (target.host === "" || target.opaque) continue;
    const targetCls = classifyDomain(target.host, compiled);
    if (targetCls.lookalike && !seen.has("L " + target.host) && lookalikes.length < MAX_LINK_SIGNS) {
      seen.add("L " + target.host);
      lookalikes.push({
        id: "link-lookalike",
        severity: "high",
        messageId: "link.lookalike",
        data: { target: target.host, of: targetCls.lookalike.of, reason: targetCls.lookalike.reason },
      });
    }
    const named = hostNamedByText(a.text);
    if (named === "" || named === target.host) continue;
    const namedCls = classifyDomain(named, compiled);
    // Same organisation (www. vs bare, a partner's second domain): what the text says is where it goes.
    if (namedCls.orgKey === targetCls.orgKey && namedCls.kind !== "invalid") continue;
    const key = `M ${named} ${target.host}`;
    if (seen.has(key) || mismatches.length >= MAX_LINK_SIGNS) continue;
    seen.add(key);
    mismatches.push({
      id: "link-text-mismatch",
      severity: trustedLooking(namedCls) || targetCls.lookalike ? "high" : "warn",
      messageId: "link.text-mismatch",
      data: { shown: displaySafe(a.text, 120), target: target.host },
    });
  }
  return [...mismatches, ...lookalikes];
}
