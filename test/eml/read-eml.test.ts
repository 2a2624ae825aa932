import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeTypeFromSubject } from "../../src/core/compose-type";
import { inspectAll } from "../../src/core/attachments/index";
import { ATTACHED_MAIL_LIMITS, EmlError, MAX_INSPECTED_FILES, readEml } from "../../src/eml/read-eml";
import { evaluate } from "../../src/core/engine";
import { POLICY, ROOT } from "../helpers/mail";

const fixture = (name: string) => readFileSync(join(ROOT, "test", "fixtures", "eml", name));

describe("readEml", () => {
  test("ISO-2022-JP subject, body and RFC 2231 file name decode", async () => {
    const { snapshot } = await readEml(fixture("iso-2022-jp.eml"));
    expect(snapshot.subject).toBe("【機密性２】調査結果の送付");
    expect(snapshot.body).toContain("調査結果を送付します");
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["【機密性３】名簿.xlsx"]);
    expect(snapshot.recipients).toEqual([
      { field: "to", address: "tanto@alpha.co.jp", displayName: "取引先 担当" },
      { field: "cc", address: "other@beta.co.jp" },
    ]);
    expect(snapshot.sender).toBe("yamada@example.go.jp");
  });

  test("Shift_JIS body and file name decode, and FW: makes a forward", async () => {
    const { snapshot } = await readEml(fixture("shift-jis.eml"));
    expect(snapshot.body).toContain("【転送禁止】");
    expect(snapshot.attachments[0]!.name).toBe("庁内限り_検討メモ.pdf");
    expect(snapshot.composeType).toBe("forward");
  });

  test("the real address wins over a display name, groups are flattened, Q-encoded 転送: is a forward", async () => {
    const { snapshot } = await readEml(fixture("display-name-and-group.eml"));
    expect(snapshot.recipients.map((r) => r.address)).toEqual(["x@evil.example", "a@alpha.co.jp", "b@beta.co.jp"]);
    expect(snapshot.subject).toBe("転送: 資料");
    expect(snapshot.composeType).toBe("forward");
  });

  test("an HTML-only body is reduced to text; inline images are marked inline", async () => {
    const { snapshot } = await readEml(fixture("html-only.eml"));
    expect(snapshot.body).toContain("【機密性２】資料&説明");
    expect(snapshot.body).not.toContain("<b>");
    expect(snapshot.attachments).toEqual([expect.objectContaining({ name: "image001.png", inline: true })]);
  });

  test("a mail forwarded as an attachment is read one level deep, named by its subject like Outlook does", async () => {
    const { snapshot } = await readEml(fixture("forward-as-attachment.eml"));
    const attached = snapshot.attachments[0]!;
    expect(attached.name).toBe("【機密性３】人事案.eml");
    expect(attached.inspection?.texts).toEqual(
      expect.arrayContaining([
        { where: "attached mail subject", text: "【機密性３】人事案" },
        { where: "attached mail attachment name", text: "関係者限り_名簿.xlsx" },
      ]),
    );
    const decision = evaluate(snapshot, POLICY);
    expect(decision.action).toBe("block");
    expect(decision.findings.map((f) => f.check)).toEqual(
      expect.arrayContaining(["external-confidential", "handling-restriction"]),
    );
  });

  test("bytes that are not a mail are refused with a clear error", async () => {
    await expect(readEml(fixture("not-a-mail.eml"))).rejects.toThrow(EmlError);
    await expect(readEml(new Uint8Array())).rejects.toThrow(/not an e-mail/);
  });

  test("arbitrary bytes never crash: a snapshot or an EmlError, nothing else", async () => {
    const header = new TextEncoder().encode("From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: ");
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, withHeader) => {
        const input = withHeader ? new Uint8Array([...header, ...bytes]) : bytes;
        try {
          const { snapshot } = await readEml(input);
          expect(Array.isArray(snapshot.recipients)).toBe(true);
          expect(typeof snapshot.subject).toBe("string");
        } catch (e) {
          expect(e).toBeInstanceOf(EmlError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const checksOf = (d: { findings: readonly { check: string }[] }) => d.findings.map((f) => f.check);

describe("readEml: mail shapes that used to be read as an empty mail and allowed", () => {
  test("CR-only line endings: headers, recipients and body are all read", async () => {
    const { snapshot } = await readEml(fixture("cr-only.eml"));
    expect(snapshot.recipients).toEqual([{ field: "to", address: "tanto@alpha.co.jp" }]);
    expect(snapshot.subject).toBe("【機密性２】予算資料");
    expect(snapshot.body).toBe("予算資料を送付します。\n取扱いにご注意ください。\n");
    expect(evaluate(snapshot, POLICY).action).toBe("warn");
  });

  test("an encoded word under an unknown charset label that holds UTF-8 decodes as UTF-8", async () => {
    const { snapshot } = await readEml(fixture("unknown-charset-word.eml"));
    expect(snapshot.subject).toBe("【機密性２】調達仕様書");
    expect(checksOf(evaluate(snapshot, POLICY))).toContain("external-confidential");
  });

  test("a UTF-7 body (charset=utf-7) is decoded", async () => {
    const { snapshot } = await readEml(fixture("utf-7-body.eml"));
    expect(snapshot.body).toBe("【機密性３】人事異動案\n関係者以外には見せないでください。\n");
    expect(evaluate(snapshot, POLICY).action).toBe("block");
  });

  test.each([
    ["shift-jis-no-charset.eml", "【機密性３】庁内検討資料です。", "block"],
    ["iso-2022-jp-no-charset.eml", "【機密性２】会議メモを送ります。", "warn"],
  ])("%s: a Japanese body without a charset label is recognised", async (file, text, action) => {
    const { snapshot } = await readEml(fixture(file));
    expect(snapshot.body).toContain(text);
    expect(evaluate(snapshot, POLICY).action).toBe(action);
  });

  test("a Latin-1 body without a label is not turned into kanji", async () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode("From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: x\r\n\r\nVer"),
      0xe3,
      0x6f,
      0x20,
      0x46,
      0x6f,
      0x72,
      0x6d,
      0x61,
      0xe7,
      0xe3,
      0x6f,
    ]);
    const { snapshot } = await readEml(latin1);
    expect(snapshot.body).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("a comment inside an address is dropped from the address", async () => {
    const { snapshot } = await readEml(fixture("address-comment.eml"));
    expect(snapshot.recipients).toEqual([{ field: "to", address: "c@host.example", displayName: "部署名" }]);
  });

  test("a bare IPv6 address literal is a recipient, and a 機密性２ mail to it is not allowed", async () => {
    const { snapshot } = await readEml(fixture("ipv6-literal.eml"));
    expect(snapshot.recipients).toEqual([{ field: "to", address: "x@[IPv6:::1]" }]);
    const decision = evaluate(snapshot, POLICY);
    expect(decision.action).toBe("warn");
    expect(checksOf(decision)).toContain("external-confidential");
  });

  test("a recipient nobody can parse is kept and counts as outside", async () => {
    const { snapshot } = await readEml(fixture("unparseable-recipient.eml"));
    expect(snapshot.recipients).toEqual([
      { field: "to", address: "suzuki@example.go.jp" },
      { field: "to", address: "総務課 担当" },
    ]);
    expect(checksOf(evaluate(snapshot, POLICY))).toContain("external-confidential");
  });

  test.each([
    ["a UTF-8 byte order mark", "\ufeff"],
    ["empty lines", "\r\n\r\n"],
    ["an mbox From_ line", "From yamada@example.go.jp Mon Dec  1 09:00:00 2026\n"],
  ])("%s before the first header does not hide a leading To:", async (_name, prefix) => {
    const mail = `${prefix}To: tanto@alpha.co.jp\r\nFrom: yamada@example.go.jp\r\nSubject: 【機密性２】資料\r\n\r\n本文\r\n`;
    const { snapshot } = await readEml(new TextEncoder().encode(mail));
    expect(snapshot.recipients).toEqual([{ field: "to", address: "tanto@alpha.co.jp" }]);
    expect(snapshot.sender).toBe("yamada@example.go.jp");
    expect(evaluate(snapshot, POLICY).action).toBe("warn");
  });

  test("raw Shift_JIS bytes in the Subject header are decoded", async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: "),
      ...[0x81, 0x79, 0x8b, 0x40, 0x96, 0xa7, 0x90, 0xab, 0x82, 0x51, 0x81, 0x7a, 0x8e, 0x91, 0x97, 0xbf],
      ...new TextEncoder().encode("\r\n\r\nbody\r\n"),
    ]);
    const { snapshot } = await readEml(bytes);
    expect(snapshot.subject).toBe("【機密性２】資料");
  });
});

describe("readEml: raw Japanese bytes in part headers", () => {
  test("a file name in raw Shift_JIS (old Japanese mailers) keeps its marking", async () => {
    // 【機密性３】名簿 in Shift_JIS, written out so the test does not depend on an encoder.
    const meibo = [0x81, 0x79, 0x8b, 0x40, 0x96, 0xa7, 0x90, 0xab, 0x82, 0x52, 0x81, 0x7a, 0x96, 0xbc, 0x95, 0xeb];
    const enc = new TextEncoder();
    const bytes = Uint8Array.from([
      ...enc.encode(
        "From: yamada@example.go.jp\r\nTo: tanto@alpha.co.jp\r\nSubject: meibo\r\n" +
          'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n' +
          '--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="',
      ),
      ...meibo,
      ...enc.encode('.xlsx"\r\n\r\nx\r\n--b--\r\n'),
    ]);
    const { snapshot } = await readEml(bytes);
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["【機密性３】名簿.xlsx"]);
    expect(evaluate(snapshot, POLICY).action).toBe("block");
  });
});

describe("readEml: attached mail inside attached mail", () => {
  test("機密性３ two levels down blocks, as it does one level down", async () => {
    const { snapshot } = await readEml(fixture("nested-attached-mail.eml"));
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["FW: 人事.eml"]);
    expect(snapshot.attachments[0]!.inspection?.texts).toEqual(
      expect.arrayContaining([
        { where: "attached mail subject", text: "FW: 人事" },
        { where: "attached mail › attached mail subject", text: "【機密性３】人事案" },
        { where: "attached mail › attached mail body", text: "人事案です。" },
      ]),
    );
    const decision = evaluate(snapshot, POLICY);
    expect(decision.action).toBe("block");
    expect(checksOf(decision)).toContain("external-confidential");
  });

  test("a docx two levels down is inspected from its bytes: its 機密性２ header is seen", async () => {
    const { snapshot } = await readEml(fixture("nested-attached-docx.eml"), { inspect: inspectAll });
    const texts = snapshot.attachments[0]!.inspection?.texts ?? [];
    expect(texts.some((t) => t.where.startsWith("attached mail › attached mail › 報告書.docx › "))).toBe(true);
    expect(texts.map((t) => t.text).join("\n")).toMatch(/機密性[2２]/);
    expect(checksOf(evaluate(snapshot, POLICY))).toContain("external-confidential");
    // Without byte-level inspection only the file name is known, and it carries no marking.
    const { snapshot: namesOnly } = await readEml(fixture("nested-attached-docx.eml"));
    expect(evaluate(namesOnly, POLICY).action).toBe("allow");
  });

  test("nesting deeper than the limit is cut off with a note, not followed", async () => {
    let mail = "From: a@example.go.jp\r\nTo: b@example.go.jp\r\nSubject: 【機密性３】最深部\r\n\r\n本文\r\n";
    for (let level = 0; level < ATTACHED_MAIL_LIMITS.depth + 1; level++) {
      mail =
        `From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: level ${level}\r\nMIME-Version: 1.0\r\n` +
        `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n` +
        `Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n${mail}\r\n--b${level}--\r\n`;
    }
    const { snapshot } = await readEml(new TextEncoder().encode(mail));
    const inspection = snapshot.attachments[0]!.inspection!;
    expect(inspection.note).toMatch(/nested deeper than/);
    expect(inspection.texts.map((t) => t.text)).not.toContain("【機密性３】最深部");
    expect(inspection.texts.map((t) => t.text)).toContain(`level 0`);
  });
});

describe("readEml: bounded work", () => {
  const multipart = (parts: string) =>
    new TextEncoder().encode(
      `From: a@example.go.jp\r\nTo: b@alpha.co.jp\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${parts}--b--\r\n`,
    );

  test(`at most ${MAX_INSPECTED_FILES} files are inspected; the rest are listed with a note`, async () => {
    let part = "";
    for (let i = 0; i < MAX_INSPECTED_FILES + 10; i++)
      part += `--b\r\nContent-Disposition: attachment; filename="f${i}.bin"\r\n\r\nx\r\n`;
    const seen: number[] = [];
    const { snapshot } = await readEml(multipart(part), {
      inspect: (files) => {
        seen.push(files.length);
        return files.map(() => ({ kind: "other" as const, encryption: "not-encrypted" as const, texts: [] }));
      },
    });
    expect(seen).toEqual([MAX_INSPECTED_FILES]);
    expect(snapshot.attachments).toHaveLength(MAX_INSPECTED_FILES + 10);
    expect(snapshot.attachments[MAX_INSPECTED_FILES - 1]!.inspection?.encryption).toBe("not-encrypted");
    expect(snapshot.attachments[MAX_INSPECTED_FILES]!.inspection).toMatchObject({
      encryption: "unknown",
      note: expect.stringMatching(/not inspected/),
    });
  });

  test(`at most ${ATTACHED_MAIL_LIMITS.mails} attached mails are read; the rest say so`, async () => {
    let part = "";
    for (let i = 0; i < ATTACHED_MAIL_LIMITS.mails + 3; i++)
      part += `--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@example.go.jp\r\nSubject: s${i}\r\n\r\n.\r\n`;
    const { snapshot } = await readEml(multipart(part));
    const read = snapshot.attachments.filter((a) => a.inspection?.encryption === "not-encrypted");
    const unread = snapshot.attachments.filter((a) => /beyond the reading budget/.test(a.inspection?.note ?? ""));
    expect(read).toHaveLength(ATTACHED_MAIL_LIMITS.mails);
    expect(unread).toHaveLength(3);
    expect(unread[0]!.inspection?.encryption).toBe("unknown");
  });
});

describe("composeTypeFromSubject", () => {
  test.each([
    ["FW: x", "forward"],
    ["Fwd: x", "forward"],
    ["ＦＷ：x", "forward"],
    ["転送: x", "forward"],
    ["[ext] FW: x", "forward"],
    ["RE: x", "reply"],
    ["Re: FW: x", "reply"],
    ["x FW: y", "new"],
    ["", "new"],
  ])("%s → %s", (subject, type) => expect(composeTypeFromSubject(subject)).toBe(type));
});
