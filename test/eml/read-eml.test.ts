import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeTypeFromSubject } from "../../src/core/compose-type";
import { EmlError, readEml } from "../../src/eml/read-eml";
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
