import { evaluate } from "../../../src/core/engine";
import { readEml } from "../../../src/eml/read-eml";
import { POLICY } from "../../helpers/mail";

/** Realistic .eml files (written here, never copied from a corpus) read the way the CLI reads them. */
function eml(headers: Record<string, string>, body: string, html = false): Uint8Array {
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  const type = html ? "text/html" : "text/plain";
  const b64 = Buffer.from(body, "utf8").toString("base64");
  return new TextEncoder().encode(
    `${head}\r\nMIME-Version: 1.0\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n`,
  );
}

const mime = (s: string) => `=?UTF-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`;

async function decide(bytes: Uint8Array) {
  const { snapshot } = await readEml(bytes);
  const d = evaluate(snapshot, POLICY);
  return {
    composeType: snapshot.composeType,
    action: d.action,
    fires: [...new Set(d.findings.filter((f) => f.action !== "info").map((f) => f.check))].sort(),
  };
}

describe(".eml mails judged end to end", () => {
  test("Outlook HTML reply quoting a statement below 差出人/送信日時 is allowed", async () => {
    const html =
      "<html><body><p class=MsoNormal>田中様<br>資料を受領しました。ありがとうございます。</p>" +
      "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>差出人:</b> 鈴木 一郎 &lt;suzuki@alpha-consul.co.jp&gt;<br>\r\n" +
      "<b>送信日時:</b> 2025年4月1日 10:00<br><b>宛先:</b> 山田 太郎<br><b>件名:</b> 資料送付</p></div>" +
      "<p class=MsoNormal>添付資料は機密性２情報です。取扱いにご注意ください。</p></body></html>";
    const got = await decide(
      eml(
        {
          From: "yamada@example.go.jp",
          To: "suzuki@alpha-consul.co.jp",
          Subject: mime("RE: 資料送付"),
        },
        html,
        true,
      ),
    );
    expect(got).toEqual({ composeType: "reply", action: "allow", fires: [] });
  });

  test("the same mail sent as a forward counts the forwarded statement", async () => {
    const body =
      "田中様\n\nご参考まで転送します。\n\n-----Original Message-----\nFrom: 鈴木 一郎\nSent: Tuesday, April 1, 2025 10:00 AM\n\n添付資料は機密性２情報です。";
    const got = await decide(
      eml(
        { From: "yamada@example.go.jp", To: "tanaka@alpha-consul.co.jp", Subject: mime("【ご参考】FW: 資料送付") },
        body,
      ),
    );
    expect(got).toEqual({ composeType: "forward", action: "warn", fires: ["external-confidential"] });
  });

  test("a forward of 転送禁止 inside the organisation warns", async () => {
    const body =
      "佐藤さん\n\n共有します。\n\n-------- 転送メッセージ --------\n件名: 人事異動の内示\n\n【転送禁止】\n内示は以下のとおりです。";
    const got = await decide(
      eml({ From: "yamada@example.go.jp", To: "sato@example.go.jp", Subject: mime("転送: 人事異動の内示") }, body),
    );
    expect(got).toEqual({ composeType: "forward", action: "warn", fires: ["handling-restriction"] });
  });

  test("a training announcement going outside is allowed", async () => {
    const body =
      "関係機関各位\n\n下記のとおり研修を開催します。\n\n１．研修名　機密性２情報の取扱いに関する研修\n２．内容　機密性２又は３の情報の送付方法、【機密性２】等の表示方法\n３．日時　令和７年５月１０日";
    const got = await decide(
      eml(
        {
          From: "yamada@example.go.jp",
          To: "kenshu@alpha-consul.co.jp",
          Subject: mime("【ご案内】情報セキュリティ研修の開催について"),
        },
        body,
      ),
    );
    expect(got).toEqual({ composeType: "new", action: "allow", fires: [] });
  });
});
