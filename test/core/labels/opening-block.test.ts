import { detectMarkings } from "../../../src/core/labels/detect";
import { EARLY_LINES } from "../../../src/core/labels/judge";
import { buildEml, decideEml } from "../../judgement/fresh-helpers";

/**
 * A label alone on its line below a long opening block (a dozen addressees, a greeting, a forwarded header) still
 * marks the mail; once running text has begun, a late label line is what it was before: a mention.
 */

const body = (text: string) => detectMarkings(text, [], { place: "body" });
const reply = (text: string) => detectMarkings(text, [], { place: "body", composeType: "reply" });
const forward = (text: string) => detectMarkings(text, [], { place: "body", composeType: "forward" });

const SECTIONS = ["総務課", "会計課", "人事課", "企画課", "広報室", "法務室", "情報政策課", "調査課"];
const addressees = (n: number) =>
  Array.from({ length: n }, (_, i) => `${SECTIONS[i % SECTIONS.length]} ${["佐藤", "鈴木", "高橋"][i % 3]}様`);

const LEVEL2 = [{ text: "機密性2", level: 2 }];

describe("a label line below the opening block", () => {
  test("the addressee block is longer than the early lines", () => {
    expect(addressees(12).length + 1).toBeGreaterThan(EARLY_LINES);
  });

  test("after twelve addressees and 関係各位, 機密性２ alone on its line marks the mail", () => {
    const text = [
      "関係各位",
      ...addressees(12),
      "",
      "機密性２",
      "",
      "来年度の体制案について、ご意見を伺いたく存じます。",
    ];
    expect(body(text.join("\n"))).toEqual(LEVEL2);
  });

  test("after the addressees and a short greeting, ※関係者限り and ＝＝ 取扱注意 ＝＝ still mark it", () => {
    const head = ["関係各位", ...addressees(11), "", "お疲れ様です。情報政策課の田中です。", ""];
    expect(
      body([...head, "※関係者限り", "", "会議資料の案を共有いたしますので、ご確認をお願いします。"].join("\n")),
    ).toEqual([{ text: "関係者限り", level: 0, restriction: "limited" }]);
    expect(body([...head, "＝＝ 取扱注意 ＝＝", "名簿の修正版をお送りします。"].join("\n"))).toEqual([
      { text: "取扱注意", level: 2 },
    ]);
  });

  test("in a forward, the original's label below its header block and long 宛先 list counts", () => {
    const text = [
      "各位",
      "",
      "参考までに転送します。",
      "",
      "-----Original Message-----",
      "差出人: 田中 一郎 <tanaka@example.go.jp>",
      "送信日時: 2026年11月30日 17:02",
      "宛先: 総務課 佐藤様; 会計課 鈴木様;",
      "  人事課 高橋様; 企画課 佐藤様;",
      "  広報室 鈴木様; 法務室 高橋様",
      "CC: 情報政策課 各位",
      "件名: 体制案",
      "",
      "関係各位",
      ...addressees(4),
      "",
      "機密性２",
      "",
      "体制案をお送りしますので、内容の確認をお願いいたします。",
    ].join("\n");
    expect(forward(text)).toEqual([{ text: "機密性2", level: 2, quoted: true }]);
  });
});

describe("mentions stay mentions", () => {
  const prose = "情報の格付については、情報セキュリティポリシーの第３章に定めるとおりです。";

  test("a late label line after running text is a mention", () => {
    const text = ["各位", prose, ...Array.from({ length: 10 }, () => "・確認事項を記載しています。"), "取扱注意"];
    expect(body(text.join("\n"))).toEqual([{ text: "取扱注意", level: 2, mention: true }]);
  });

  test("a late list of classes in a rules text stays a list, with or without running text above it", () => {
    const classes = ["機密性３", "機密性２", "機密性１"];
    expect(body(["各位", prose, ...addressees(10), ...classes].join("\n"))).toEqual([
      { text: "機密性3", level: 3, mention: true },
      { text: "機密性2", level: 2, mention: true },
      { text: "機密性1", level: 1, mention: true },
    ]);
    expect(body(["関係各位", ...addressees(12), ...classes].join("\n"))).toEqual([
      { text: "機密性3", level: 3, mention: true },
      { text: "機密性2", level: 2, mention: true },
      { text: "機密性1", level: 1, mention: true },
    ]);
  });

  test("a late line that only ends with a class (a contents line) is not a marking", () => {
    const toc = ["目次", "第１章 総則", "第２章 体制", ...addressees(9), "第３章 取扱注意"];
    expect(body(toc.join("\n"))).toEqual([{ text: "取扱注意", level: 2, mention: true }]);
  });

  test("a label quoted as an example inside a sentence is a mention wherever it sits", () => {
    const text = ["関係各位", ...addressees(12), "件名の先頭に「機密性２」を付ける運用を始めます。"].join("\n");
    expect(body(text)).toEqual([{ text: "機密性2", level: 2, mention: true }]);
  });

  test("in a reply, running text above the quote does not make the quote's own opening block late", () => {
    const text = [
      "承知しました。来週の会議で体制案について説明できるよう準備いたします。",
      "",
      ...["> 関係各位", ...addressees(11).map((l) => "> " + l), ">", "> 機密性２", "> 体制案をお送りします。"],
    ].join("\n");
    expect(reply(text)).toEqual([{ text: "機密性2", level: 2, quoted: true }]);
  });
});

describe("the whole mail", () => {
  test("a label line below twelve addressees going outside warns; the same mail with a late mention allows", async () => {
    const mail = (text: string[]) =>
      buildEml({ to: ["kato@alpha-souken.co.jp"], subject: "体制案", text: text.join("\n") });
    const head = ["関係各位", ...addressees(12), ""];
    const marked = await decideEml(mail([...head, "機密性２", "", "体制案をお送りいたしますので、ご確認ください。"]));
    expect(marked).toEqual({ action: "warn", fires: ["external-confidential"] });
    const mention = await decideEml(
      mail([...head, "体制案をお送りいたしますので、ご確認ください。よろしくお願いします。", "", "機密性２"]),
    );
    expect(mention.fires).toEqual([]);
  });
});
