/**
 * RFC 5322 address lists (To, Cc, Bcc, From header values) split into mailboxes in one forward pass.
 *
 * What matters for a send check is that nothing is lost: a mailbox this parser cannot make sense of is still
 * returned (with `valid: false` and its text as the address), so the engine counts it as an unknown, outside
 * recipient instead of silently dropping it. Domain literals (`x@[IPv6:::1]`), comments (`c@(note)host.example`),
 * quoted local parts and groups are understood.
 */
export interface ListedMailbox {
  /** The mailbox (`local@domain`), comments and folding removed; for an invalid entry, its text as written. */
  readonly address: string;
  /** The phrase before `<…>`, unquoted, still holding any RFC 2047 encoded words; else a comment, if any. */
  readonly displayName?: string;
  /** False when the entry has no `local@domain` shape. */
  readonly valid: boolean;
}

interface Entry {
  /** Text outside <> with comments dropped and quotes kept (a bare address is read from this). */
  raw: string;
  /** Text outside <> with comments dropped and quotes removed (the display name). */
  phrase: string;
  /** Text of the first comment, a display name of last resort (`taro@example.go.jp (山田)`). */
  comment: string;
  angle: string | undefined;
}

const newEntry = (): Entry => ({ raw: "", phrase: "", comment: "", angle: undefined });

/** Splits an (unfolded) address header value into mailboxes; group names are dropped, their members kept. */
export function parseAddressList(value: string): ListedMailbox[] {
  const entries: Entry[] = [];
  let cur = newEntry();
  let inGroup = false;
  const n = value.length;
  let i = 0;
  const finish = () => {
    entries.push(cur);
    cur = newEntry();
  };
  while (i < n) {
    const c = value.charAt(i);
    if (c === "(") {
      const end = skipComment(value, i);
      if (cur.comment === "") cur.comment = value.slice(i + 1, Math.max(i + 1, end - 1)).trim();
      // A comment separates tokens like a space does.
      addText(cur, " ", " ");
      i = end;
    } else if (c === '"') {
      const end = skipDelimited(value, i, '"');
      const inner = unescape(value.slice(i + 1, value.charAt(end - 1) === '"' && end - 1 > i ? end - 1 : end));
      addText(cur, value.slice(i, end), inner);
      i = end;
    } else if (c === "[") {
      const end = skipDelimited(value, i, "]");
      const literal = value.slice(i, end);
      addText(cur, literal, literal);
      i = end;
    } else if (c === "<") {
      const end = skipAngle(value, i);
      const inner = value.slice(i + 1, value.charAt(end - 1) === ">" && end - 1 > i ? end - 1 : end);
      // `"Sato" <sato@example.go.jp> <x@evil.example>`: a second <…> is a second mailbox, never dropped.
      if (cur.angle !== undefined) finish();
      cur.angle = inner;
      i = end;
    } else if (c === ",") {
      finish();
      i++;
    } else if (c === ":" && !inGroup && cur.angle === undefined && !looksLikeAddress(cur.raw)) {
      // "Project team: a@x, b@y;" — the group's name is not a recipient.
      cur = newEntry();
      inGroup = true;
      i++;
    } else if (c === ";") {
      // Ends a group; outside one it is the separator Outlook users type (`a@x.co.jp; b@y.co.jp`), which mailers
      // read as a list too. Taken as part of one address it hid every mailbox but the last.
      finish();
      inGroup = false;
      i++;
    } else {
      // A run of ordinary characters is taken in one piece: one string per run, not one per character.
      let j = i + 1;
      while (j < n && !isSpecial(value.charCodeAt(j))) j++;
      const run = value.slice(i, j);
      addText(cur, run, run);
      i = j;
    }
  }
  finish();
  return toMailboxes(entries);
}

/** Characters that start or end a token of their own: ( " [ < , : ; */
function isSpecial(c: number): boolean {
  return c === 0x28 || c === 0x22 || c === 0x5b || c === 0x3c || c === 0x2c || c === 0x3a || c === 0x3b;
}

function addText(e: Entry, raw: string, phrase: string): void {
  e.raw += raw;
  e.phrase += phrase;
}

function looksLikeAddress(raw: string): boolean {
  return raw.indexOf("@") >= 0;
}

/** Index just past the comment opening at `start` (comments nest; a backslash escapes); the end when unclosed. */
function skipComment(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return s.length;
}

/** Index just past the quoted string or domain literal opening at `start`; the end when unclosed. */
function skipDelimited(s: string, start: number, close: string): number {
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\\") i++;
    else if (c === close) return i + 1;
  }
  return s.length;
}

/** Index just past the `<…>` opening at `start`, skipping quoted strings, literals and comments inside it. */
function skipAngle(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === ">") return i + 1;
    if (c === '"') i = skipDelimited(s, i, '"');
    else if (c === "[") i = skipDelimited(s, i, "]");
    else if (c === "(") i = skipComment(s, i);
    else i++;
  }
  return s.length;
}

function unescape(s: string): string {
  return s.indexOf("\\") < 0 ? s : s.replace(/\\([\s\S])/g, "$1");
}

/** Removes comments and unquoted, unbracketed whitespace: `c @ (x) host.example` → `c@host.example`. */
function compactAddress(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === "(") {
      i = skipComment(s, i);
    } else if (c === '"' || c === "[") {
      const end = skipDelimited(s, i, c === '"' ? '"' : "]");
      out += s.slice(i, end);
      i = end;
    } else {
      if (c !== " " && c !== "\t" && c !== "\r" && c !== "\n") out += c;
      i++;
    }
  }
  return out;
}

/** local@domain with something on both sides; the domain itself is judged later, by parseAddress. */
function isMailboxShaped(address: string): boolean {
  const at = address.lastIndexOf("@");
  return at > 0 && at < address.length - 1;
}

/** An entry we cannot read is shown to people; a 100 kB run of garbage is not worth showing whole. */
const MAX_INVALID_CHARS = 200;

function clip(s: string): string {
  return s.length > MAX_INVALID_CHARS ? `${s.slice(0, MAX_INVALID_CHARS)}…` : s;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function toMailboxes(entries: readonly Entry[]): ListedMailbox[] {
  const out: ListedMailbox[] = [];
  // Entries without "@" held back: `Yamada, Taro <t@example.go.jp>` is one mailbox whose unquoted name holds a
  // comma. They join the next entry's display name if that one has <…>; otherwise they are entries we do not
  // understand, kept as such.
  let pending: Entry[] = [];
  const flush = () => {
    for (const p of pending) out.push({ address: clip(collapse(p.raw)), valid: false });
    pending = [];
  };
  for (const e of entries) {
    if (e.angle === undefined) {
      const address = compactAddress(e.raw);
      if (address === "") continue;
      if (!isMailboxShaped(address)) {
        pending.push(e);
        continue;
      }
      flush();
      // `sato@example.go.jp ito@beta.co.jp`: mailboxes a careless mailer separated by spaces only. Run together,
      // they read as one address at the last domain; each is a recipient.
      const words = e.raw.trim().split(/\s+/);
      if (words.length > 1 && words.every(isMailboxShaped)) {
        for (const w of words) out.push({ address: w, valid: true });
        continue;
      }
      out.push({ address, valid: true, ...(e.comment ? { displayName: e.comment } : {}) });
      continue;
    }
    let address = compactAddress(e.angle);
    // Obsolete source route: <@relay.example:user@host.example>.
    if (address.charAt(0) === "@" && address.indexOf(":") > 0) address = address.slice(address.indexOf(":") + 1);
    const phrase = collapse(e.phrase);
    let name = phrase || e.comment;
    if (pending.length > 0 && phrase !== "") {
      name = [...pending.map((p) => collapse(p.phrase)), phrase].join(", ");
      pending = [];
    }
    flush();
    if (address === "") {
      // `<>` is the null sender, not a recipient; a name with an empty <> is something we cannot read.
      if (name !== "") out.push({ address: clip(name), valid: false });
      continue;
    }
    out.push({ address, valid: isMailboxShaped(address), ...(name ? { displayName: name } : {}) });
  }
  flush();
  return out;
}
