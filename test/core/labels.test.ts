import { detectMarkings, highestLevel } from "../../src/core/labels/detect";

const levelOf = (text: string) => highestLevel(detectMarkings(text));
const restrictionsOf = (text: string) =>
  detectMarkings(text)
    .map((m) => m.restriction)
    .filter(Boolean);

describe("格付 detection", () => {
  test.each([
    ["【機密性２】会議資料", 2],
    ["[機密性2]会議資料", 2],
    ["機密性：２情報", 2],
    ["機密性 2", 2],
    ["（機密性３）", 3],
    ["機密性３情報（関係者限り）", 3],
    ["機密性１", 1],
    ["機密性４", 4],
    ["自治体機密性3A", 3],
    ["自治体機密性２B", 2],
    ["【秘】", 3],
    ["（秘）", 3],
    ["「秘」", 3],
    ["秘文書", 3],
    ["極秘", 3],
    ["㊙", 3],
    ["特定秘密", 3],
    ["時限秘", 3],
    ["取扱注意", 2],
    ["取扱い注意", 2],
    ["資料\n秘\n本文", 3],
    ["機密性二情報", 2],
    ["【機密性三】", 3],
    ["【要機密】", 2],
  ])("%s → level %i", (text, level) => expect(levelOf(text)).toBe(level));

  test.each([
    "秘書課の山田です",
    "便秘の薬",
    "成功の秘訣",
    "神秘的",
    "機密性の高い情報",
    "機密性2以上の情報は暗号化してください",
    "極秘裏に進める",
    "特定秘密保護法の説明",
    "取扱注意事項を確認",
    "",
  ])("%s → no level", (text) => expect(levelOf(text)).toBe(0));

  test("full-width and half-width digits give the same level", () => {
    expect(detectMarkings("機密性２")).toEqual(detectMarkings("機密性2"));
  });

  test("the highest level anywhere wins", () => {
    expect(levelOf("【機密性２】…別紙は【機密性３】")).toBe(3);
  });
});

describe("取扱制限 detection", () => {
  test.each([
    ["転送禁止", "no-forward"],
    ["転送要許可", "no-forward"],
    ["送信禁止", "no-send"],
    ["送信要許可", "needs-permission"],
    ["外部提供禁止", "no-external"],
    ["複製禁止", "no-copy"],
    ["配付禁止", "no-distribute"],
    ["配布禁止", "no-distribute"],
    ["暗号化必須", "encrypt"],
    ["印刷禁止", "no-print"],
    ["持出禁止", "no-takeout"],
    ["読後廃棄", "destroy-after-reading"],
    ["関係者限り", "limited"],
    ["庁内限り", "limited"],
    ["省内限り", "limited"],
    ["担当者限り", "limited"],
    ["【○○限り】", "limited"],
    ["部外秘", "limited"],
    ["社外秘", "limited"],
  ])("%s → %s", (text, restriction) => expect(restrictionsOf(text)).toContain(restriction));

  test.each(["できる限り早く", "可能な限り", "本日限りの特売", "今回限り", "その限りではない"])(
    "%s is ordinary Japanese",
    (text) => {
      expect(restrictionsOf(text)).toEqual([]);
    },
  );

  test("policy words extend the vocabulary and are judged like the built-in words", () => {
    const words = [{ word: "社外厳秘", level: 3 }];
    expect(highestLevel(detectMarkings("【社外厳秘】資料", words))).toBe(3);
    expect(highestLevel(detectMarkings("社外厳秘の資料の扱いについて", words))).toBe(0);
    expect(detectMarkings("社外厳秘の資料の扱いについて", words)).toEqual([
      { text: "社外厳秘", level: 3, mention: true },
    ]);
  });
});
