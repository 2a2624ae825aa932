import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { messageIds, threadRefs } from "../../src/cli/thread";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const eml = (headers: string[], body = "よろしくお願いいたします。") =>
  [...headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "", body, ""].join("\r\n");

function folders() {
  const root = mkdtempSync(join(tmpdir(), "sendcheck-thread-"));
  const inbox = join(root, "inbox");
  const sent = join(root, "sent");
  mkdirSync(inbox);
  mkdirSync(sent);
  // The partner's question, to two of us.
  writeFileSync(
    join(inbox, "question.eml"),
    eml([
      "From: Tanaka <tanaka@partner.example.co.jp>",
      "To: yamada@example.go.jp",
      "Cc: sato@example.go.jp, ito@partner.example.co.jp",
      "Subject: =?UTF-8?B?5aeU6KiX5qWt5YuZ44Gu6YCy44KB5pa5?=",
      "Message-ID: <Q1.20261130@partner.example.co.jp>",
    ]),
  );
  // Our reply-all, which also copies another company.
  writeFileSync(
    join(sent, "reply-widened.eml"),
    eml([
      "From: yamada@example.go.jp",
      "To: tanaka@partner.example.co.jp",
      "Cc: sato@example.go.jp, ito@partner.example.co.jp, suzuki@alpha-kaisha.co.jp",
      "Subject: RE: =?UTF-8?B?5aeU6KiX5qWt5YuZ44Gu6YCy44KB5pa5?=",
      "Message-ID: <R1@example.go.jp>",
      "In-Reply-To: <Q1.20261130@partner.example.co.jp>",
      "References: <Q1.20261130@partner.example.co.jp>",
    ]),
  );
  // A reply to the same people, found through References only (a client that drops In-Reply-To).
  writeFileSync(
    join(sent, "reply-same.eml"),
    eml([
      "From: yamada@example.go.jp",
      "To: tanaka@partner.example.co.jp, kimura@partner.example.co.jp",
      "Subject: RE: =?UTF-8?B?5aeU6KiX5qWt5YuZ44Gu6YCy44KB5pa5?=",
      "Message-ID: <R2@example.go.jp>",
      "References: <older@partner.example.co.jp> <Q1.20261130@partner.example.co.jp>",
    ]),
  );
  return { inbox, sent };
}

describe("sendcheck check --thread", () => {
  const { inbox, sent } = folders();
  const checksOf = (json: any[], name: string) =>
    json.find((r) => r.file.endsWith(name)).findings.map((f: any) => f.check);

  test("a reply that brings a new organisation into the thread is flagged; one that does not is not", async () => {
    const r = await run("check", "--format", "json", "--thread", inbox, sent);
    const json = JSON.parse(r.out);
    expect(checksOf(json, "reply-widened.eml")).toContain("new-domain-in-reply");
    const f = json
      .find((x: any) => x.file.endsWith("reply-widened.eml"))
      .findings.find((x: any) => x.check === "new-domain-in-reply");
    expect(f).toMatchObject({ action: "warn", guidance: "2章-4", data: { recipients: ["suzuki@alpha-kaisha.co.jp"] } });
    expect(f.message).toMatch(/返信先のやり取りになかった/);
    expect(checksOf(json, "reply-same.eml")).not.toContain("new-domain-in-reply");
  });

  test("without --thread, or when the answered mail is not among the files, the check stays silent", async () => {
    const plain = JSON.parse((await run("check", "--format", "json", sent)).out);
    expect(checksOf(plain, "reply-widened.eml")).not.toContain("new-domain-in-reply");
    const other = mkdtempSync(join(tmpdir(), "sendcheck-thread-"));
    const elsewhere = JSON.parse((await run("check", "--format", "json", "--thread", other, sent)).out);
    expect(checksOf(elsewhere, "reply-widened.eml")).not.toContain("new-domain-in-reply");
  });

  test("the answered mail may also be one of the checked files", async () => {
    const r = JSON.parse((await run("check", "--format", "json", "--thread", sent, inbox, sent)).out);
    expect(checksOf(r, "reply-widened.eml")).toContain("new-domain-in-reply");
  });

  test("Message-ID parsing: In-Reply-To first, then References from the nearest", () => {
    expect(messageIds("<A@x> <b@Y>")).toEqual(["a@x", "b@y"]);
    expect(messageIds(undefined)).toEqual([]);
    const refs = threadRefs(
      "Message-ID: <me@x>\r\nIn-Reply-To: <p@x>\r\nReferences: <r1@x>\r\n <p@x>\r\n\r\nbody: <not@header>",
    );
    expect(refs).toEqual({ messageId: "me@x", answers: ["p@x", "p@x", "r1@x"] });
  });
});
