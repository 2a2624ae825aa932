import { emlToReceived, SAMPLE_EML } from "../../../src/simulator/read/eml-to-received";
import type { ReceivedMail } from "../../../src/core/suspicious/types";
import { renderSign } from "../../../src/core/suspicious/render";
import { analyse, find } from "./helpers";

/** The simulator's built-in phishing sample, read the way the report pane reads it. */
async function sample(bodyAs: "text" | "html"): Promise<ReceivedMail> {
  const { message } = await emlToReceived(new TextEncoder().encode(SAMPLE_EML));
  const text = message.body?.content ?? "";
  return {
    ...(message.from ? { from: message.from } : {}),
    ...(message.sender ? { sender: message.sender } : {}),
    internetHeaders: message.internetHeaders ?? "",
    // Outlook hands a plain-text mail to body.getAsync("html") wrapped in <pre>, without anchors.
    body: bodyAs === "text" ? { type: "text", content: text } : { type: "html", content: `<pre>${text}</pre>` },
    subject: message.subject ?? "",
  };
}

describe("the built-in phishing sample", () => {
  it.each(["text", "html"] as const)("reports exarnple-go.jp as an imitation of example.go.jp (%s body)", async (t) => {
    const s = find(analyse(await sample(t)), "sender-lookalike");
    expect(s).toMatchObject({
      severity: "high",
      data: { domain: "exarnple-go.jp", of: "example.go.jp", reason: "homoglyph" },
    });
  });

  it.each(["text", "html"] as const)("reports the link host as carrying the organisation's name (%s)", async (t) => {
    const s = find(analyse(await sample(t)), "link-lookalike");
    expect(s).toMatchObject({
      severity: "high",
      data: { target: "login.exarnple-go.jp.example.net", of: "example.go.jp", reason: "embedded" },
    });
    expect(renderSign(s!, "ja")).toContain("example.go.jp に似せた名前が入っています");
    expect(renderSign(s!, "en")).toContain("carries a name made to look like example.go.jp");
  });
});

describe("URLs written out in the text", () => {
  const from = { emailAddress: "info@tsuhan-store.net" };
  it("flags a look-alike host in a plain-text body", () => {
    const signs = analyse({ from, body: { type: "text", content: "更新はこちら\nhttps://example-go-jp.com/login\n" } });
    expect(find(signs, "link-lookalike")?.data).toMatchObject({ target: "example-go-jp.com", of: "example.go.jp" });
  });

  it("must not fire for the organisation's own or unrelated hosts, and reports one host once", () => {
    expect(
      analyse({
        from,
        body: { type: "text", content: "https://www.example.go.jp/a https://tsuhan-store.net/b http://mhlw.go.jp/" },
      }),
    ).toEqual([]);
    const twice = "https://exarnple.go.jp/a\nhttps://exarnple.go.jp/b";
    expect(
      analyse({ from, body: { type: "text", content: twice } }).filter((s) => s.id === "link-lookalike"),
    ).toHaveLength(1);
  });
});
