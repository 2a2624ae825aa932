import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Expands folders into the .eml files below them (sorted, so runs are comparable); files are kept as given. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Left for the reader to report as unreadable, with the system's reason.
    }
    if (isDir) out.push(...walk(input));
    else out.push(input);
  }
  return out;
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".eml")) found.push(path);
  }
  return found;
}
