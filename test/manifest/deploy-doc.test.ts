/**
 * docs/deploy.md says plainly, in Japanese and in English, what an administrator must know about this manifest:
 * versions and consent, the permission it asks for, shared mailboxes, the Report button replacing the built-in one,
 * the time budget and the #5828 dialog text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/mail";

const DOC = readFileSync(join(ROOT, "docs", "deploy.md"), "utf8");
const [JA, EN] = DOC.split("\n## English\n") as [string, string];
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");

describe("docs/deploy.md", () => {
  test.each([
    ["ja", () => JA],
    ["en", () => EN],
  ])("%s: versions, consent, permission, shared mailboxes, Report button, time budget, #5828", (_lang, part) => {
    const text = part();
    expect(text).toContain("--env version=");
    expect(text).toMatch(/再度\s*\n?\s*同意|もう一度同意|consent again/);
    const permission = /<Permissions>(\w+)<\/Permissions>/.exec(XML)![1] as string;
    expect(text).toContain(permission);
    expect(text).toContain("SupportsSharedFolders");
    expect(text).toContain("Use a non-Microsoft add-in button");
    expect(text).toContain("3000");
    expect(text).toContain("#4826");
    expect(text).toContain("#5828");
  });
});
