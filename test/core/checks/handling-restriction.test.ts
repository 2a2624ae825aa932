import { evaluate } from "../../../src/core/engine";
import { mail, POLICY } from "../../helpers/mail";

const ids = (m: ReturnType<typeof mail>) =>
  evaluate(m, POLICY)
    .findings.filter((f) => f.check === "handling-restriction")
    .map((f) => `${f.messageId}:${f.action}`);

describe("handling-restriction", () => {
  test("送信禁止 blocks even inside the organisation", () => {
    expect(ids(mail({ to: ["a@example.go.jp"], body: "取扱制限：送信禁止" }))).toEqual([
      "handling-restriction.no-send:block",
    ]);
  });

  test("転送禁止 in a forward to outside warns; the same in a new mail does not", () => {
    const body = "【転送禁止】\n検討状況";
    expect(ids(mail({ to: ["x@alpha.co.jp"], body, composeType: "forward" }))).toEqual([
      "handling-restriction.no-forward:warn",
    ]);
    expect(ids(mail({ to: ["x@alpha.co.jp"], body, composeType: "new" }))).toEqual([]);
  });

  test("○○限り going outside warns; inside it is quiet", () => {
    expect(ids(mail({ to: ["x@alpha.co.jp"], subject: "【関係者限り】資料" }))).toEqual([
      "handling-restriction.limited:warn",
    ]);
    expect(ids(mail({ to: ["a@example.go.jp"], subject: "【関係者限り】資料" }))).toEqual([]);
  });

  test("庁内限り in an attachment name going outside warns", () => {
    expect(ids(mail({ to: ["x@alpha.co.jp"], attachments: ["庁内限り_メモ.docx"] }))).toEqual([
      "handling-restriction.limited:warn",
    ]);
  });

  test("外部提供禁止, 配付禁止 and 送信要許可 going outside warn", () => {
    expect(ids(mail({ to: ["x@alpha.co.jp"], body: "外部提供禁止" }))).toEqual(["handling-restriction.limited:warn"]);
    expect(ids(mail({ to: ["x@alpha.co.jp"], body: "配付禁止" }))).toEqual(["handling-restriction.no-distribute:warn"]);
    expect(ids(mail({ to: ["x@alpha.co.jp"], body: "送信要許可" }))).toEqual([
      "handling-restriction.needs-permission:warn",
    ]);
  });

  test("ordinary 限り is not a restriction", () => {
    expect(ids(mail({ to: ["x@alpha.co.jp"], body: "できる限り早くご返信ください。本日限りです。" }))).toEqual([]);
  });
});
