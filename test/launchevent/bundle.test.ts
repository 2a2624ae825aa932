/**
 * The built dist/launchevent.js, as classic Outlook's JavaScript-only runtime loads it: one classic script in a bare
 * context (no window, document, atob, btoa, TextEncoder, localStorage, module, require), with only Office and timers.
 * `npm run unit` builds it first.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { parse } from "acorn";
import { FIX_PANE_COMMAND_ID } from "../../src/launchevent/config";
import { AUDIT_HEADER } from "../../src/office/audit-header";
import { createOfficeStandIn } from "../../src/office-stand-in/index";
import { policyWith, ROOT } from "../helpers/mail";
import { manifestPermissions } from "./setup";

const BUNDLE = join(ROOT, "dist", "launchevent.js");
const FORBIDDEN = ["window", "document", "atob", "btoa", "TextEncoder", "TextDecoder", "localStorage", "self"];

function bundleSource(): string {
  if (!existsSync(BUNDLE)) throw new Error("dist/launchevent.js is missing: run `npm run build:launchevent` first");
  return readFileSync(BUNDLE, "utf8");
}

function manifestFunctionNames(): string[] {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  // LaunchEvent attributes and ExecuteFunction elements (the integrated Report button) alike.
  return [
    ...[...xml.matchAll(/<LaunchEvent\b[^>]*\bFunctionName="([^"]+)"/g)].map((m) => m[1] as string),
    ...[...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1] as string),
  ];
}

/** The name `typeof X !== "undefined"` (either operand order, != or !==) tests, if `node` is such a test. */
function typeofGuardName(node: any): string | undefined {
  if (!node || node.type !== "BinaryExpression" || !["!=", "!=="].includes(node.operator)) return undefined;
  for (const side of [node.left, node.right]) {
    if (side.type === "UnaryExpression" && side.operator === "typeof" && side.argument.type === "Identifier") {
      return side.argument.name;
    }
  }
  return undefined;
}

/**
 * Free uses of forbidden globals. Feature probes are allowed: `typeof X` itself and the right side of
 * `typeof X != "undefined" && …X…` (fflate probes TextDecoder that way at load; absent, it uses its own decoder).
 */
function forbiddenReferences(ast: any): string[] {
  const found: string[] = [];
  const visit = (node: any, parent: any, key: string, guarded: ReadonlySet<string>) => {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "Identifier" && FORBIDDEN.includes(node.name) && !guarded.has(node.name)) {
      const isProperty = parent && parent.type === "MemberExpression" && key === "property" && !parent.computed;
      const isKey = parent && parent.type === "Property" && key === "key" && !parent.computed;
      const isTypeof = parent && parent.type === "UnaryExpression" && parent.operator === "typeof";
      if (!isProperty && !isKey && !isTypeof) found.push(`${node.name}@${node.start}`);
    }
    const guard = node.type === "LogicalExpression" && node.operator === "&&" ? typeofGuardName(node.left) : undefined;
    for (const [k, v] of Object.entries(node)) {
      const g = guard !== undefined && k === "right" ? new Set([...guarded, guard]) : guarded;
      if (Array.isArray(v)) for (const c of v) visit(c, node, k, g);
      else if (v && typeof v === "object") visit(v, node, k, g);
    }
  };
  visit(ast, null, "", new Set());
  return found;
}

/** Every node of an acorn tree, depth first. */
function nodesOf(ast: any): any[] {
  const out: any[] = [];
  const stack = [ast];
  while (stack.length) {
    const node = stack.pop();
    out.push(node);
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === "string") stack.push(c);
      } else if (v && typeof (v as any).type === "string") stack.push(v);
    }
  }
  return out;
}

function bareContext(office: Record<string, unknown>) {
  // Only what the JavaScript-only runtime offers that we rely on: Office and timers.
  const sandbox = { Office: office, setTimeout, clearTimeout };
  return vm.createContext(sandbox);
}

describe("dist/launchevent.js", () => {
  test("is ES2016 classic-script syntax, small, with no module or dev-server code", () => {
    const src = bundleSource();
    expect(() => parse(src, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(src).not.toMatch(
      /\bimport\s*\(|\bexport\s|\brequire\(|module\.exports|webpack-dev-server|webpackHotUpdate|sourceMappingURL/,
    );
    expect(src).not.toMatch(/__webpack_require__\.e\b|chunkLoad/);
    expect(Buffer.byteLength(src)).toBeLessThan(400 * 1024);
    // The policy is embedded already validated: the schema library is not shipped.
    expect(src).not.toMatch(/ZodError|zod/);
  });

  test("has no conditional operator, async function or await (advice for the classic runtime before 2403)", () => {
    // Parsed as the newest syntax, so anything of the kind would be found rather than rejected as a syntax error.
    const nodes = nodesOf(parse(bundleSource(), { ecmaVersion: "latest", sourceType: "script" }));
    expect(nodes.filter((n) => n.type === "ConditionalExpression").length).toBe(0);
    expect(nodes.filter((n) => n.type === "AwaitExpression").length).toBe(0);
    expect(nodes.filter((n) => /Function/.test(n.type) && n.async).length).toBe(0);
    // The scan itself sees them.
    const probe = nodesOf(parse("var f = async () => (await g()) ? 1 : 2;", { ecmaVersion: "latest" }));
    expect(probe.map((n) => n.type)).toEqual(expect.arrayContaining(["ConditionalExpression", "AwaitExpression"]));
  });

  test("uses no DOM, localStorage, atob/btoa or TextEncoder/TextDecoder", () => {
    const ast = parse(bundleSource(), { ecmaVersion: 2016, sourceType: "script" });
    expect(forbiddenReferences(ast)).toEqual([]);
    // The scanner itself finds what it must.
    const probe = parse(
      'var a = atob("x"); var b = typeof TextEncoder != "undefined" && new TextEncoder(); window.x = 1;',
      {
        ecmaVersion: 2016,
      },
    );
    expect(forbiddenReferences(probe).map((r) => r.split("@")[0])).toEqual(["atob", "window"]);
  });

  test("calls no built-in added after ES2016 (the oldest classic runtime has none of them, and nothing polyfills)", () => {
    const NEWER =
      /\.(flatMap|flat|padStart|padEnd|matchAll|replaceAll|trimStart|trimEnd|finally)\(|Object\.(entries|values|fromEntries|hasOwn)\b|Promise\.(allSettled|any)\b/g;
    expect(bundleSource().match(NEWER) ?? []).toEqual([]);
    // globalThis is ES2020: where it is missing, timers looked up through it would silently switch every deadline off.
    expect(bundleSource()).not.toMatch(/\bglobalThis\b/);
    expect("x.flatMap(f); Object.entries(o)".match(NEWER)).toEqual([".flatMap(", "Object.entries"]);
  });

  test("associates every FunctionName of manifest.xml at top level, in a bare context", () => {
    const standIn = createOfficeStandIn();
    const context = bareContext(standIn.Office);
    for (const name of ["window", "document", "atob", "btoa", "TextEncoder", "localStorage", "module", "require"]) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe("undefined");
    }
    vm.runInContext(bundleSource(), context, { filename: "launchevent.js" });
    const names = manifestFunctionNames();
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect([...standIn.associatedNames].sort()).toEqual([...names].sort());
  });

  test("each associated handler runs to completed, with the embedded policy", async () => {
    // Under manifest.xml's permission level: a call above it would throw here as in office.js.
    const standIn = createOfficeStandIn(
      {
        to: [{ emailAddress: "me@example.go.jp" }],
        cc: [{ emailAddress: "a@contoso.co.jp" }, { emailAddress: "b@fabrikam.co.jp" }],
        subject: "ご案内",
        body: "よろしくお願いします。",
        attachments: [
          { id: "0", name: "memo.pdf", size: 8, contentBase64: Buffer.from("%PDF-1.4\n").toString("base64") },
        ],
      },
      { mailboxVersion: "1.15", permissions: manifestPermissions() },
    );
    vm.runInContext(bundleSource(), bareContext(standIn.Office));

    const changed = standIn.dispatch("onMessageAttachmentsChangedHandler", "olkAttachmentsChanged", {
      attachmentStatus: "added",
      attachmentDetails: { id: "0", name: "memo.pdf", size: 8, attachmentType: "file" },
    });
    await changed.done;
    expect(changed.completions).toHaveLength(1);
    expect(Object.keys(standIn.draft.sessionData).some((k) => k.startsWith("sc.att."))).toBe(true);

    const send = standIn.dispatch("onMessageSendHandler", "olkMessageSend");
    const done = await send.done;
    const options = done.options as any;
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(options.commandId).toBe(FIX_PANE_COMMAND_ID);
    expect(options.errorMessageMarkdown).toContain("https://localhost:3000/guidance/ja/2-4.html");

    // The header carries the hash of exactly the policy the build embedded (the example policy by default).
    const expectedHash = createHash("sha256").update(JSON.stringify(policyWith())).digest("hex").slice(0, 12);
    // The build keeps manifest.xml's own <Version> unless told otherwise (docs/deploy.md: versions and consent).
    const version = /<Version>([^<]+)<\/Version>/.exec(readFileSync(join(ROOT, "manifest.xml"), "utf8"))![1];
    expect(standIn.draft.headers[AUDIT_HEADER]).toContain(`policy=${expectedHash}`);
    expect(standIn.draft.headers[AUDIT_HEADER]).toContain(`addin=${version}`);
    await new Promise((r) => setTimeout(r, 50));
    expect(send.completions).toHaveLength(1);
  });

  test("inflates a .docx on first use (fflate is evaluated lazily in the bundle) and finds its 機密性２ marking", async () => {
    const docx = readFileSync(join(ROOT, "test", "fixtures", "attachments", "word-kimitsu2.docx"));
    const standIn = createOfficeStandIn(
      {
        to: [{ emailAddress: "tanto@partner.example.co.jp" }],
        subject: "報告書の送付",
        body: "ご確認ください。",
        attachments: [{ id: "0", name: "報告書.docx", size: docx.length, contentBase64: docx.toString("base64") }],
      },
      { mailboxVersion: "1.15", permissions: manifestPermissions() },
    );
    vm.runInContext(bundleSource(), bareContext(standIn.Office));
    const done = await standIn.dispatch("onMessageSendHandler", "olkMessageSend").done;
    const options = done.options as any;
    expect(options.allowEvent).toBe(false);
    const context = JSON.parse(options.contextData);
    expect(JSON.stringify(context.findings)).toContain("報告書.docx");
  });

  /** The message ids of the findings when the bundle sends one mail to a partner with `file` attached. */
  const pdfFindings = async (file: string, name = "【機密性２】検討資料.pdf", subject = "検討資料の送付") => {
    const pdf = readFileSync(join(ROOT, "test", "fixtures", "attachments", file));
    const standIn = createOfficeStandIn(
      {
        to: [{ emailAddress: "tanto@partner.example.co.jp" }],
        subject,
        body: "ご確認ください。",
        attachments: [{ id: "0", name, size: pdf.length, contentBase64: pdf.toString("base64") }],
      },
      { mailboxVersion: "1.15", permissions: manifestPermissions() },
    );
    vm.runInContext(bundleSource(), bareContext(standIn.Office));
    const done = await standIn.dispatch("onMessageSendHandler", "olkMessageSend").done;
    const context = (done.options as any).contextData;
    return context === undefined ? [] : JSON.parse(context).findings.map((f: any) => f.messageId);
  };

  test("checks a PDF's empty user password with the bundle's own MD5, RC4, SHA-2 and AES (after minifying)", async () => {
    // Owner-only PDFs (permissions password only) open without a password: sent outside marked 機密性２, they are
    // unencrypted attachments. The same files with a user password are not. One mail per file, R2 to R6.
    for (const variant of ["rc4-40", "rc4-128", "aes128", "aes256-r5", "aes256"]) {
      expect([variant, await pdfFindings(`pdf-owner-only-${variant}.pdf`)]).toEqual([
        variant,
        expect.arrayContaining(["unencrypted-attachment.not-encrypted"]),
      ]);
      expect([variant, await pdfFindings(`pdf-user-password-${variant}.pdf`)]).toEqual([
        variant,
        expect.not.arrayContaining(["unencrypted-attachment.not-encrypted"]),
      ]);
    }
  });

  test("reads the marking inside an owner-only PDF with the bundle's own RC4 and AES decryption", async () => {
    // Neither the file name nor the mail is marked: only the decrypted page 1, /Info and XMP say 機密性２.
    const unmarked = (file: string) => pdfFindings(file, "予算要求資料.pdf", "資料の送付");
    const expected = await unmarked("pdf-marked.pdf");
    expect(expected).toEqual(expect.arrayContaining(["unencrypted-attachment.not-encrypted"]));
    for (const variant of ["rc4-128", "aes128", "aes256"]) {
      expect([variant, await unmarked(`pdf-marked-owner-only-${variant}.pdf`)]).toEqual([variant, expected]);
    }
  });

  test("dist/commands.html loads office.js from Microsoft's CDN and the same script", () => {
    const html = readFileSync(join(ROOT, "dist", "commands.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "launchevent.js"]);
    expect(existsSync(join(ROOT, "dist", "office.js"))).toBe(false);
    expect(existsSync(join(ROOT, "dist", "assets", "office-js"))).toBe(false);
  });
});
