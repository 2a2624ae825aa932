import { readFileSync, readdirSync } from "fs";
import { join } from "path";

export const FIXTURE_DIR = join(__dirname, "..", "..", "fixtures", "attachments");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
}

export function allFixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).sort();
}
