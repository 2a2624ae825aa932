import { normaliseDomain } from "../address/parse-address";
import { registrableDomain } from "../domains/registrable";
import type { CompiledPolicy } from "../policy/compile";
import { classifyMailbox, sameOrganisation, type ClassifiedMailbox } from "./context";
import { displaySafe } from "./display-safe";
import { addressesInHeader, headerValues, type HeaderField } from "./headers";
import type { MailAddress, SuspicionSign } from "./types";

function replyToBoxes(
  given: readonly MailAddress[] | undefined,
  fields: readonly HeaderField[],
  compiled: CompiledPolicy,
): ClassifiedMailbox[] {
  const list: MailAddress[] = given
    ? [...given]
    : // Only the first Reply-To counts: a second one is malformed, and mail clients use the first.
      addressesInHeader(headerValues(fields, "reply-to")[0] ?? "").map((a) => ({ emailAddress: a }));
  const out: ClassifiedMailbox[] = [];
  for (const m of list.slice(0, 20)) {
    const box = classifyMailbox(m, compiled);
    if (box) out.push(box);
  }
  return out;
}

/** A mailing list's own addresses and domain, from List-Post (mailto:) and List-Id (RFC 2369, RFC 2919). */
interface ListIdentity {
  readonly addresses: readonly string[];
  /** The registrable domain of the List-Id ("geo-ml.ml.example.or.jp" → "example.or.jp"), "" when absent. */
  readonly domain: string;
}

function listIdentity(fields: readonly HeaderField[]): ListIdentity | undefined {
  const post = headerValues(fields, "list-post")[0] ?? "";
  const id = headerValues(fields, "list-id")[0] ?? "";
  if (post === "" && id === "") return undefined;
  const addresses: string[] = [];
  const mailto = /<mailto:([^<>?]{1,254})/gi;
  for (let m = mailto.exec(post); m && addresses.length < 5; m = mailto.exec(post)) {
    addresses.push((m[1] ?? "").toLowerCase());
  }
  const angle = /<([^<>\s]{1,254})>/.exec(id);
  const idHost = normaliseDomain(angle ? (angle[1] ?? "") : "");
  return { addresses, domain: idHost === "" ? "" : registrableDomain(idHost) };
}

function isList(box: ClassifiedMailbox, list: ListIdentity): boolean {
  return (
    list.addresses.indexOf(box.address.toLowerCase()) >= 0 ||
    (list.domain !== "" && registrableDomain(box.domain) === list.domain)
  );
}

/**
 * Mailing lists set Reply-To on purpose: to the list itself, or to the author once they have rewritten From to the
 * list's address (DMARC mitigation in Mailman and Google Groups). Either way the reply goes where the list says.
 */
function expectedOfList(from: ClassifiedMailbox, replyTo: ClassifiedMailbox, list: ListIdentity | undefined): boolean {
  if (!list || replyTo.cls.lookalike) return false;
  return isList(replyTo, list) || (isList(from, list) && from.cls.kind === "outside");
}

/**
 * Replies that would go to another organisation than the one the mail comes from: the classic set-up for
 * invoice fraud. Strongest when the From looks like the organisation itself or a partner.
 */
export function replyToSigns(
  from: ClassifiedMailbox | undefined,
  replyTo: readonly MailAddress[] | undefined,
  fields: readonly HeaderField[],
  compiled: CompiledPolicy,
): SuspicionSign[] {
  if (!from) return [];
  const list = listIdentity(fields);
  const elsewhere = replyToBoxes(replyTo, fields, compiled).filter(
    (r) => !sameOrganisation(r, from) && !expectedOfList(from, r, list),
  );
  if (elsewhere.length === 0) return [];
  const trusted = from.cls.kind === "organisation" || from.cls.kind === "partner";
  const imitation = elsewhere.some((r) => r.cls.lookalike !== undefined);
  return [
    {
      id: "reply-to-elsewhere",
      severity: trusted || imitation ? "high" : "warn",
      messageId: "reply-to.other-organisation",
      data: {
        replyTo: elsewhere.map((r) => displaySafe(r.address, 120)),
        from: displaySafe(from.address, 120),
      },
    },
  ];
}

/**
 * Return-Path (the bounce address) on another organisation. Bulk and notification services do this every day,
 * so it is only a note, and none at all once DMARC has tied the mail to its From domain.
 */
export function returnPathSigns(
  from: ClassifiedMailbox | undefined,
  fields: readonly HeaderField[],
  compiled: CompiledPolicy,
  fromAuthenticated: boolean,
): SuspicionSign[] {
  if (!from || fromAuthenticated) return [];
  const first = addressesInHeader(headerValues(fields, "return-path")[0] ?? "")[0];
  const box = first ? classifyMailbox({ emailAddress: first }, compiled) : undefined;
  if (!box || sameOrganisation(box, from)) return [];
  // A free-mail user's own bounces come from the same provider under another address: not worth a note.
  if (box.cls.orgKey === from.cls.orgKey) return [];
  // A mailing list takes the bounces of what it distributes: its own domain there is how lists work.
  const list = listIdentity(fields);
  if (list && !box.cls.lookalike && isList(box, list)) return [];
  return [
    {
      id: "return-path-elsewhere",
      severity: box.cls.lookalike ? "warn" : "info",
      messageId: "return-path.other-organisation",
      data: { returnPath: displaySafe(box.domain, 100), from: displaySafe(from.displayDomain, 100) },
    },
  ];
}
