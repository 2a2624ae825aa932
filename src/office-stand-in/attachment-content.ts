import { ERRORS } from "./async-result";
import { StandInArgumentError, type Channel } from "./channel";

/** What getAttachmentContentAsync needs of an attachment, in compose and read mode alike. */
export interface ContentSource {
  readonly id: string;
  readonly name: string;
  readonly attachmentType?: "file" | "item" | "cloud";
  readonly contentBase64?: string;
}

/**
 * item.getAttachmentContentAsync as documented for both modes: base64 for files, eml for attached items, a URL for
 * cloud attachments, AttachmentTypeNotSupported when the test gave no bytes, a synchronous throw for a bad id.
 */
export function attachmentContentApi(ch: Channel, attachments: () => readonly ContentSource[]) {
  return (...args: unknown[]) => {
    if (typeof args[0] !== "string") {
      throw new StandInArgumentError("getAttachmentContentAsync", "attachmentId must be a string");
    }
    const id = args[0];
    ch.call("getAttachmentContentAsync", args, () => {
      const a = attachments().find((x) => x.id === id);
      if (!a) return { ok: false, error: ERRORS.invalidAttachmentId };
      const type = a.attachmentType ?? "file";
      if (type === "cloud")
        return { ok: true, value: { format: "url", content: `https://files.example.com/${a.name}` } };
      if (type === "item") return { ok: true, value: { format: "eml", content: "" } };
      if (a.contentBase64 === undefined) return { ok: false, error: ERRORS.attachmentTypeNotSupported };
      return { ok: true, value: { format: "base64", content: a.contentBase64 } };
    });
  };
}
