import { parseAddress } from "../address/parse-address";
import { publicSuffix, registrableDomain as registrableOf } from "../domains/registrable";
import type { Policy } from "../policy/schema";
import { MAX_ADDRESS_INPUT, sameOrganisation, type ClassifiedMailbox } from "./context";
import { displaySafe, stripBidi } from "./display-safe";
import { trimEndWhere } from "../trim";
import type { SuspicionSign } from "./types";

/** NFKC first so that full-width ＠, ｇｏ．ｊｐ and half-width kana compare like their plain forms. */
function fold(text: string): string {
  return stripBidi(text).normalize("NFKC").toLowerCase();
}

// What separates an address from the words around it in a display name (after NFKC, so ＠ counts too).
const ADDRESS_BREAK = /[\s"'(),:;<>[\]]+/;
const isDot = (c: number) => c === 0x2e;

/**
 * The local@domain shapes in a display name, leftmost first, as /[^\s…@]+@[^\s…@]+/g would find them; but by
 * splitting, since that regex rescans a long run without "@" from every position (quadratic).
 */
export function addressesInText(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(ADDRESS_BREAK)) {
    if (word.indexOf("@") < 0) continue;
    const parts = word.split("@");
    for (let i = 0; i + 1 < parts.length;) {
      if (parts[i] !== "" && parts[i + 1] !== "") {
        out.push(`${parts[i]}@${parts[i + 1]}`);
        i += 2;
      } else i += 1;
    }
  }
  return out;
}

/** Display names that show an address other than the real one: `"boss@example.go.jp" <x@evil.example>`. */
function displayNameAddress(from: ClassifiedMailbox): SuspicionSign[] {
  const shown = addressesInText(fold(from.displayName));
  for (const s of shown.slice(0, 20)) {
    const candidate = trimEndWhere(s, isDot);
    const parsed = candidate.length > MAX_ADDRESS_INPUT ? null : parseAddress(candidate);
    if (!parsed || parsed.domain === from.domain) continue;
    // support@x.example shown for noreply@mail.x.example is ordinary; only another organisation misleads.
    if (registrableOf(parsed.domain) === registrableOf(from.domain)) continue;
    return [
      {
        id: "display-name-address",
        severity: "high",
        messageId: "from.display-name-address",
        data: { shown: displaySafe(s, 120), actual: displaySafe(from.address, 120) },
      },
    ];
  }
  return [];
}

function namesOrganisation(displayName: string, policy: Policy): string | undefined {
  const name = fold(displayName);
  const org = fold(policy.organisation.name);
  if (org.length >= 2 && name.includes(org)) return policy.organisation.name;
  for (const d of policy.organisation.domains) if (name.includes(d)) return d;
  return undefined;
}

// A public body named in a display name: a ministry or agency (…省, …庁), the cabinet, a tax office, a city hall.
// Government mail comes from go.jp and lg.jp; a 国税庁 on a .com is the commonest phishing sender in Japan.
const PUBLIC_BODY =
  /[省庁]|内閣府|内閣官房|政府|税務署|警察署|役所|役場|国税局|年金機構|\bministry of\b|\bgovernment of japan\b|\bcabinet office\b|\bnational tax agency\b/;
const GOVERNMENT_SUFFIXES = ["go.jp", "lg.jp"];

function namesPublicBody(displayName: string): boolean {
  let name = fold(displayName);
  for (const w of NOT_OFFICIAL) name = name.split(w).join(" ");
  return PUBLIC_BODY.test(name);
}

/** A sender outside the organisation whose display name names it (例示省 総務課 <x@other.example>). */
function displayNameOrganisation(from: ClassifiedMailbox, policy: Policy): SuspicionSign[] {
  // Free mail has its own sign; partners may fairly mention the organisation they work for.
  if (from.cls.kind !== "outside" && from.cls.kind !== "invalid") return [];
  const named = namesOrganisation(from.displayName, policy);
  if (!named) {
    // An imitation domain is reported as such, which already says it is not the body it names.
    if (from.cls.kind !== "outside" || from.cls.lookalike) return [];
    if (GOVERNMENT_SUFFIXES.indexOf(publicSuffix(from.domain)) >= 0) return [];
    if (!namesPublicBody(from.displayName)) return [];
    return [
      {
        id: "display-name-organisation",
        severity: "warn",
        messageId: "from.display-name-government",
        data: { name: displaySafe(from.displayName, 80), domain: displaySafe(from.displayDomain, 100) },
      },
    ];
  }
  return [
    {
      id: "display-name-organisation",
      severity: "warn",
      messageId: "from.display-name-organisation",
      data: { organisation: displaySafe(named, 80), domain: displaySafe(from.displayDomain, 100) },
    },
  ];
}

// Words that present the sender as a public body (IPA: 公的機関を名乗るフリーメール). Compound words that merely
// contain one of the characters are removed first: 省エネ is not a ministry, 薬局 is not a bureau.
const NOT_OFFICIAL = ["省エネ", "省略", "省力", "省スペース", "帰省", "反省", "薬局", "結局", "課金", "課題", "官能"];
const OFFICIAL_JA = [
  "省",
  "庁",
  "府",
  "局",
  "課",
  "官",
  "役所",
  "役場",
  "政府",
  "内閣",
  "警察",
  "税務署",
  "自治体",
  "機構",
];
const OFFICIAL_EN =
  /\b(government|ministry|agency|cabinet|police|prefectur(?:e|al)|city hall|municipal|go\.jp|lg\.jp|gov)\b/;

function officialWords(displayName: string, policy: Policy): string[] {
  let name = fold(displayName);
  for (const w of NOT_OFFICIAL) name = name.split(w).join(" ");
  const found = OFFICIAL_JA.filter((w) => name.includes(w));
  const en = OFFICIAL_EN.exec(name);
  if (en && en[1]) found.push(en[1]);
  const org = namesOrganisation(displayName, policy);
  if (org) found.unshift(org);
  return found;
}

function freemailOfficial(from: ClassifiedMailbox, policy: Policy): SuspicionSign[] {
  if (from.cls.kind !== "freemail") return [];
  const words = officialWords(from.displayName, policy);
  if (words.length === 0) return [];
  return [
    {
      id: "freemail-official",
      severity: "warn",
      messageId: "from.freemail-official",
      data: { name: displaySafe(from.displayName, 80), domain: displaySafe(from.displayDomain, 100) },
    },
  ];
}

function lookalike(box: ClassifiedMailbox, role: "from" | "sender"): SuspicionSign[] {
  const l = box.cls.lookalike;
  if (!l) return [];
  return [
    {
      id: "sender-lookalike",
      severity: "high",
      messageId: l.reason === "gov-imitation" ? "from.gov-imitation" : "from.lookalike",
      data: {
        role,
        domain: displaySafe(box.displayDomain, 100),
        ascii: box.domain,
        of: l.of,
        reason: l.reason,
      },
    },
  ];
}

function onBehalf(from: ClassifiedMailbox, sender: ClassifiedMailbox | undefined): SuspicionSign[] {
  if (!sender || sender.address === from.address || sameOrganisation(sender, from)) return [];
  return [
    {
      id: "sender-on-behalf",
      severity: "info",
      messageId: "from.on-behalf",
      data: { sender: displaySafe(sender.address, 120), from: displaySafe(from.address, 120) },
    },
  ];
}

export function senderSigns(
  from: ClassifiedMailbox | undefined,
  sender: ClassifiedMailbox | undefined,
  policy: Policy,
): SuspicionSign[] {
  if (!from) return sender ? lookalike(sender, "sender") : [];
  const out = [
    ...lookalike(from, "from"),
    ...displayNameAddress(from),
    ...displayNameOrganisation(from, policy),
    ...freemailOfficial(from, policy),
    ...onBehalf(from, sender),
  ];
  if (sender && sender.domain !== from.domain) out.push(...lookalike(sender, "sender"));
  return out;
}
