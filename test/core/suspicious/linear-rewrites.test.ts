import fc from "fast-check";
import { analyseFileName } from "../../../src/core/suspicious/attachment-signs";
import { displaySafe } from "../../../src/core/suspicious/display-safe";
import { parseHeaderBlock, type HeaderField } from "../../../src/core/suspicious/headers";
import { hostNamedByText, hostOfUrl, linkTarget } from "../../../src/core/suspicious/link-target";
import { addressesInText } from "../../../src/core/suspicious/sender-signs";
import { charsIn, trailingRun, trimEndWhere, trimStartWhere } from "../../../src/core/trim";

/**
 * The index-based rewrites must mean exactly what the regexes they replaced meant. The old regexes are the oracles
 * here, run on short strings only (where their quadratic cost does not matter).
 */

const chars = (alphabet: string[], maxLength = 30) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((cs) => cs.join(""));

describe("linear rewrites agree with the regexes they replaced", () => {
  test("addressesInText finds what /[^\\s…@]+@[^\\s…@]+/g found", () => {
    const oracle = (t: string) => t.match(/[^\s<>"'(),;:@[\]]+@[^\s<>"'(),;:@[\]]+/g) ?? [];
    const alphabet = ["a", "総", ".", "@", " ", "\u3000", "\t", "<", ">", '"', "'", "(", ")", ",", ";", ":", "[", "]"];
    fc.assert(
      fc.property(chars(alphabet), (t) => {
        expect(addressesInText(t)).toEqual(oracle(t));
      }),
      { numRuns: 3000 },
    );
    expect(addressesInText("総務課 soumu@example.go.jp（代表）")).toEqual(["soumu@example.go.jp（代表）"]);
  });

  test("trimming and trailing runs agree with /[…]+$/ and /^[…]+/", () => {
    const set = ". _\u3000";
    const test = charsIn(set);
    fc.assert(
      fc.property(chars(["a", ".", " ", "_", "\u3000", "請"]), (t) => {
        expect(trimEndWhere(t, test)).toBe(t.replace(/[. _\u3000]+$/, ""));
        expect(trimStartWhere(t, test)).toBe(t.replace(/^[. _\u3000]+/, ""));
        expect(trailingRun(t, test) >= 5).toBe(/[. _\u3000]{5,}$/.test(t));
      }),
      { numRuns: 2000 },
    );
  });

  test("file names: trailing dots and spaces, and padding before the real extension", () => {
    expect(analyseFileName("請求書.pdf .exe. . ").extension).toBe("exe");
    expect(analyseFileName("請求書.pdf      .exe").disguised).toBe(true);
    expect(analyseFileName("請求書____.exe").disguised).toBe(false);
    expect(analyseFileName("請求書_____.exe").disguised).toBe(true);
    expect(analyseFileName("議事録　　　　　.scr").disguised).toBe(true);
  });

  test("URL noise: controls and spaces at the ends, tabs and newlines anywhere", () => {
    expect(hostOfUrl(" \u0001\t https://ex\tample.go.jp/path \u0000\n")).toBe("example.go.jp");
    expect(hostOfUrl("https://ex\r\nample.go.jp/")).toBe("example.go.jp");
    // A space inside stays: browsers do not remove it, and it is no host.
    expect(hostOfUrl("https://ex ample.go.jp/")).toBe("");
    const noise = chars(["\u0000", "\u0001", " ", "\t", "\n", "\r", "\u001f"], 10);
    fc.assert(
      fc.property(noise, noise, (before, after) => {
        expect(hostOfUrl(`${before}https://login.example.co.jp/${after}`)).toBe("login.example.co.jp");
      }),
      { numRuns: 500 },
    );
  });

  test("URL Defense v3 is unwrapped to its first inner URL, and an unterminated one stays opaque", () => {
    expect(linkTarget("https://urldefense.com/v3/__https://evil.example/x__;!!abc$").host).toBe("evil.example");
    expect(linkTarget("https://urldefense.com/v3/__https://a.example/__;x/v3/__https://b.example/__;").host).toBe(
      "a.example",
    );
    expect(linkTarget("https://urldefense.com/v3/__https://evil.example/x")).toEqual({
      host: "urldefense.com",
      opaque: true,
    });
    expect(linkTarget("https://urldefense.com/v3/____;")).toEqual({ host: "urldefense.com", opaque: true });
  });

  test("link text keeps its host after punctuation is trimmed, and very long text names none", () => {
    expect(hostNamedByText("「www.example.go.jp」。")).toBe("www.example.go.jp");
    expect(hostNamedByText("(https://example.go.jp/login)!?")).toBe("example.go.jp");
    expect(hostNamedByText(`example.go.jp${".".repeat(5000)}`)).toBe("");
  });

  test("hosts and addresses too long to be real are refused before IDNA", () => {
    expect(hostOfUrl(`https://${"例".repeat(2000)}.jp/`)).toBe("");
    expect(linkTarget(`mailto:soumu@${"例".repeat(2000)}.jp`).host).toBe("");
    expect(hostOfUrl("https://例え.jp/")).toBe("xn--r8jz45g.jp");
  });

  test("the header reader splits lines as split(/\\r\\n|\\r|\\n/) did", () => {
    // The split-based reader this replaced, kept as the oracle.
    const oracle = (text: string): HeaderField[] => {
      const fields: HeaderField[] = [];
      let current: { name: string; value: string } | null = null;
      const push = () => {
        if (current) fields.push({ name: current.name, value: current.value.trim() });
        current = null;
      };
      for (const line of text.split(/\r\n|\r|\n/)) {
        if (line === "") {
          if (fields.length > 0 || current) break;
          continue;
        }
        if ((line.charAt(0) === " " || line.charAt(0) === "\t") && current) {
          (current as { value: string }).value += " " + line.trim();
          continue;
        }
        const colon = line.indexOf(":");
        const name = colon > 0 ? line.slice(0, colon).trim() : "";
        push();
        if (name === "" || !/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
        current = { name: name.toLowerCase(), value: line.slice(colon + 1) };
      }
      push();
      return fields;
    };
    const pieces = ["From", "Reply-To", ":", " ", "\t", "a@b.example", "\r\n", "\r", "\n", "x", ";", "受信"];
    fc.assert(
      fc.property(chars(pieces, 25), (text) => {
        expect(parseHeaderBlock(text)).toEqual(oracle(text));
      }),
      { numRuns: 3000 },
    );
  });

  test("displaySafe also hides no text behind invisible format characters", () => {
    for (const ch of ["\u00ad", "\u180e", "\u2061", "\u2064", "\u206a", "\u206f", "\ufff9", "\udb40\udc41"]) {
      expect(displaySafe(`請求書${ch}.pdf${ch}.exe`)).toBe("請求書 .pdf .exe");
    }
    expect(displaySafe("請求書\u202efdp.exe")).toBe("請求書[U+202E]fdp.exe");
  });
});
