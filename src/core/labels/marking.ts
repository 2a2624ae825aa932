/** What a 取扱制限 asks of the sender. Several Japanese spellings map to one kind. */
export type Restriction =
  | "no-forward"
  | "no-send"
  | "needs-permission"
  | "limited"
  | "no-external"
  | "no-copy"
  | "no-distribute"
  | "encrypt"
  | "no-print"
  | "no-takeout"
  | "destroy-after-reading"
  | "no-reuse";

/** One marking found in a text: a 格付 level, a 取扱制限, or both (a policy word may carry either). */
export interface Marking {
  /** The marking as written (after NFKC), shown back to the user. */
  readonly text: string;
  /** 機密性 level: 1–4; 極秘・秘・特定秘密 count as 3, 取扱注意 as 2; 0 when the marking is only a restriction. */
  readonly level: number;
  readonly restriction?: Restriction;
  /** A class or restriction named in running text (a training title, a rule, news), not a marking of this content. */
  readonly mention?: boolean;
  /** Found in an earlier message quoted in the mail body (a reply's quote, a forward's forwarded part). */
  readonly quoted?: boolean;
}

/** Where a marking was found: the subject, the body, or an attachment (its name or a part inside it). */
export interface MarkingSource {
  readonly kind: "subject" | "body" | "attachment-name" | "attachment-content" | "sensitivity-label";
  readonly attachment?: string;
  /** The part inside the attachment, e.g. word/header1.xml. */
  readonly part?: string;
  /** The marking sits in an earlier message quoted in the body. */
  readonly quoted?: boolean;
}

export interface LocatedMarking extends Marking {
  readonly source: MarkingSource;
}
