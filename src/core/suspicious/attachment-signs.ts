import { displaySafe, hasBidiControl, stripBidi } from "./display-safe";
import { charsIn, trailingRun, trimEndWhere } from "../trim";
import { decodeEntities } from "./html-anchors";
import type { ReceivedAttachment, ReceivedBody, SignId, SignSeverity, SuspicionSign } from "./types";

/**
 * Attachment names judged the way Windows would open them. The sender chooses the name and the content type, so
 * these signs say what the file *claims* to be; that claim alone is what makes a user double-click.
 */

type RiskKind = "executable" | "disk-image" | "html" | "macro";

// Maps, not object literals: a file named x.constructor must not find Object.prototype.constructor.
const RISKY = new Map<string, RiskKind>();
function register(kind: RiskKind, exts: string): void {
  for (const e of exts.split(" ")) RISKY.set(e, kind);
}
// Programs, scripts and shortcuts Windows runs on a double-click (IPA: .exe .scr .cpl, shortcut .lnk).
register("executable", "exe scr com pif bat cmd cpl msi msp js jse vbs vbe wsf wsh hta ps1 psm1 lnk url jar reg msc");
// Files that carry or launch code once opened, each used in mail campaigns: OneNote notebooks with embedded scripts
// (2023), compiled HTML help (used against Japanese targets), Excel add-ins, web-query and SYLK sheets, app
// installers, and Explorer command files that fetch from a remote share.
register(
  "executable",
  "one onepkg chm hlp xll iqy slk appx appxbundle msix msixbundle appinstaller application appref-ms scf library-ms settingcontent-ms sct wsc jnlp gadget",
);
// Disk images mount with a double-click and used to escape Mark-of-the-Web.
register("disk-image", "iso img vhd vhdx");
// Local HTML (and SVG, which can carry script) open a browser on a page that looks like a sign-in.
register("html", "html htm shtml xhtml mht mhtml svg");
// Macro-enabled Office formats (Emotet's 「コンテンツの有効化」).
register("macro", "docm dotm xlsm xltm xlam pptm potm ppsm ppam sldm");

const CONTENT_TYPES = new Map<string, RiskKind>([
  ["application/x-msdownload", "executable"],
  ["application/x-dosexec", "executable"],
  ["application/x-ms-shortcut", "executable"],
  ["application/hta", "executable"],
  ["application/x-ms-installer", "executable"],
  ["application/x-iso9660-image", "disk-image"],
  ["text/html", "html"],
  ["image/svg+xml", "html"],
  ["application/vnd.ms-word.document.macroenabled.12", "macro"],
  ["application/vnd.ms-excel.sheet.macroenabled.12", "macro"],
  ["application/vnd.ms-powerpoint.presentation.macroenabled.12", "macro"],
]);

// Extensions people recognise as documents or pictures: the decoy in 請求書.pdf.exe.
const DECOY = new Set(
  "pdf doc docx xls xlsx ppt pptx txt rtf csv jpg jpeg png gif bmp tif tiff jtd jtt hwp zip lzh rar 7z odt ods".split(
    " ",
  ),
);

const ARCHIVES = new Set(["zip", "7z", "rar", "lzh"]);
/** Entry names read per archive: enough for any real one, bounded for a crafted one with thousands. */
const MAX_ENTRIES = 200;

const KIND_SIGN: Readonly<Record<RiskKind, { id: SignId; severity: SignSeverity }>> = {
  executable: { id: "attachment-executable", severity: "high" },
  "disk-image": { id: "attachment-disk-image", severity: "high" },
  html: { id: "attachment-html", severity: "warn" },
  macro: { id: "attachment-macro", severity: "warn" },
};

export interface NameAnalysis {
  /** Lower-case final extension as Windows sees it ("" when none). */
  readonly extension: string;
  readonly kind?: RiskKind;
  /** A decoy extension right before a risky one, or a run of spaces hiding the real extension. */
  readonly disguised: boolean;
  readonly bidi: boolean;
}

const DOT_OR_SPACE = charsIn(". ");
const PADDING = charsIn(" \u3000_");

/** Splits a file name the way Windows does: trailing dots and spaces are dropped before the extension is read. */
export function analyseFileName(name: string, contentType?: string): NameAnalysis {
  const bidi = hasBidiControl(name);
  const plain = trimEndWhere(stripBidi(name), DOT_OR_SPACE);
  const base = plain.slice(Math.max(plain.lastIndexOf("/"), plain.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const byType = contentType ? CONTENT_TYPES.get(contentType.split(";")[0]?.trim().toLowerCase() ?? "") : undefined;
  const kind = RISKY.get(extension) ?? byType;
  let disguised = false;
  if (kind && kind !== "macro") {
    const innerDot = stem.lastIndexOf(".");
    const inner =
      innerDot >= 0
        ? stem
            .slice(innerDot + 1)
            .toLowerCase()
            .trim()
        : "";
    // 請求書.pdf.exe, or "請求書.pdf          .exe" where the padding pushes .exe out of sight.
    disguised = DECOY.has(inner) || trailingRun(stem, PADDING) >= 5;
  }
  return kind ? { extension, kind, disguised, bidi } : { extension, disguised, bidi };
}

// The body text scanned for a password; the wording sits near the top of the mail, and the cap keeps hostile
// bodies cheap.
const MAX_BODY_SCAN = 20000;
// 「パスワード：Kx82mQ」「解凍PW = 8841」「password: 7Gh2k」: a password written out in the mail itself (Emotet's
// password ZIP). The value must hold a digit, so 「パスワードは別途お送りします」 or "password: will follow" are no match.
const PASSWORD_GIVEN =
  /(?:パス ?ワード|暗証番号|解凍キー|password|passcode|(?:^|[^\w/?&=.-])pw)[ \t]{0,4}[は:=][ \t]{0,4}["'「『]?([\x21-\x7e]{4,40})/gi;
const HAS_DIGIT = /\d/;

/** Markup removed in one forward pass (no regex that could rescan a long run of "<"), entities decoded. */
function bodyText(body: ReceivedBody | undefined): string {
  if (!body || typeof body.content !== "string") return "";
  const raw = body.content.slice(0, body.type === "html" ? MAX_BODY_SCAN * 4 : MAX_BODY_SCAN);
  if (body.type !== "html") return raw;
  let out = "";
  let inTag = false;
  for (let i = 0; i < raw.length && out.length < MAX_BODY_SCAN; i++) {
    const c = raw.charAt(i);
    if (inTag) inTag = c !== ">";
    else if (c === "<") {
      inTag = true;
      out += " ";
    } else out += c;
  }
  return decodeEntities(out);
}

/** Whether the mail writes out a password (with a digit in it) for its attachment. */
export function givesPassword(body: ReceivedBody | undefined): boolean {
  const text = bodyText(body).normalize("NFKC");
  PASSWORD_GIVEN.lastIndex = 0;
  for (let n = 0, m = PASSWORD_GIVEN.exec(text); m && n < 100; n++, m = PASSWORD_GIVEN.exec(text)) {
    if (HAS_DIGIT.test(m[1] ?? "")) return true;
  }
  return false;
}

export function attachmentSigns(
  attachments: readonly ReceivedAttachment[] | undefined,
  body?: ReceivedBody,
): SuspicionSign[] {
  if (!attachments) return [];
  const byKind = new Map<RiskKind, string[]>();
  const disguised: string[] = [];
  const bidi: string[] = [];
  const locked: string[] = [];
  // Looked up once, and only when an archive could need it: one not inspected (no bytes in this client), whose
  // password the mail itself spells out, is a password ZIP in all but proof.
  let passwordInMail: boolean | undefined;
  let entryBudget = MAX_ENTRIES * 5;
  const note = (r: NameAnalysis, shown: string): void => {
    if (r.kind) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), shown]);
    if (r.disguised) disguised.push(shown);
    if (r.bidi) bidi.push(shown);
  };
  for (const a of attachments.slice(0, 200)) {
    if (!a || typeof a.name !== "string") continue;
    const shown = displaySafe(a.name, 120);
    const r = analyseFileName(a.name, a.contentType);
    note(r, shown);
    // Inside an archive the same names mean the same: 請求書.zip holding 請求書.pdf.exe is the classic delivery.
    const entries = Array.isArray(a.entries) ? a.entries.slice(0, MAX_ENTRIES) : [];
    for (const e of entries) {
      if (typeof e === "string" && entryBudget-- > 0) note(analyseFileName(e), `${shown} › ${displaySafe(e, 120)}`);
    }
    if (ARCHIVES.has(r.extension) && a.isInline !== true) {
      if (a.encrypted === undefined && passwordInMail === undefined) passwordInMail = givesPassword(body);
      if (a.encrypted === true || (a.encrypted === undefined && passwordInMail === true)) locked.push(shown);
    }
  }
  const out: SuspicionSign[] = [];
  // The disguises come first: they are the reason a user would open the file at all.
  if (bidi.length > 0) {
    out.push({
      id: "attachment-bidi-control",
      severity: "high",
      messageId: "attachment.bidi-control",
      data: { names: bidi },
    });
  }
  if (disguised.length > 0) {
    out.push({
      id: "attachment-double-extension",
      severity: "high",
      messageId: "attachment.double-extension",
      data: { names: disguised },
    });
  }
  for (const kind of ["executable", "disk-image", "html", "macro"] as const) {
    const names = byKind.get(kind);
    if (!names) continue;
    const s = KIND_SIGN[kind];
    out.push({ id: s.id, severity: s.severity, messageId: `attachment.${kind}`, data: { names } });
  }
  if (locked.length > 0) {
    out.push({
      id: "attachment-password-zip",
      severity: "warn",
      messageId: "attachment.password-zip",
      data: { names: locked },
    });
  }
  return out;
}
