import { Button, Checkbox, Field, Textarea } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../../core/i18n/types";
import { FUNCTION_NAMES, REPORT_PANE_COMMAND_ID } from "../../launchevent/config";
import { REPORT_OPTIONS } from "../../launchevent/report-button";
import { EventRuntime } from "../event-runtime";

/**
 * The read window's two report surfaces, as Outlook shows them for our manifest: the integrated Report button
 * (ReportPhishingCommandSurface: Outlook's pre-processing dialog, then the real built launchevent.js handles the
 * SpamReporting event in a fresh runtime) and the report pane button (ReportPane: report.html framed beside the mail
 * on this page's stand-in). What the handler completes with is carried out the way Outlook does: commandId opens
 * the pane with contextData, showPostProcessingDialog shows its dialog, and the move is read by the stand-in's
 * `spamOutcome` in the one property this pretend client knows (moveItemTo, or postProcessingAction on classic builds
 * before Version 2308); a completion that names no move it understands is shown as an error, not guessed at.
 */

type StandIn = Parameters<EventRuntime["dispatch"]>[0];

/** The slice of the read-mode stand-in this surface uses (kept structural: the stand-in's folder may move). */
export interface ReadStandInLike {
  readonly standIn: StandIn;
  readonly message: { initializationContext?: string };
  readonly forms: readonly FormLike[];
  onForm(listener: (form: FormLike) => void): () => void;
  /** What this client does with the reported item for a SpamReporting completion (the stand-in's spamOutcome). */
  spamOutcome(options: unknown): SpamOutcomeLike;
}

type SpamOutcomeLike =
  | { readonly kind: "stays" }
  | { readonly kind: "moved"; readonly to: "junk" | "deleted" | "custom"; readonly folderName?: string }
  | { readonly kind: "undocumented"; readonly why: string };

interface FormLike {
  readonly toRecipients: readonly string[];
  readonly subject: string;
  readonly attachments: readonly { name: string }[];
}

/** The manifest's ribbon labels and pre-processing dialog (manifest.xml ReportButton.*, ReportOption.* …). */
const TEXT = {
  ja: {
    ribbon: "リボン",
    reportButton: "窓口へ報告",
    paneButton: "不審メールを報告",
    dialogTitle: "不審なメールを報告窓口へ報告",
    dialogText: "元のメールをそのまま報告窓口へ届けます。報告が済むまでメールは削除しないでください。",
    optionsTitle: "このメールで、したことに印を付けてください",
    options: [
      "添付ファイルを開いた",
      "本文のリンクをクリックした",
      "開いた画面でパスワードや個人情報を入力した",
      "したかどうか覚えていない",
    ],
    freeText: "窓口に伝えたいこと（任意）",
    report: "報告",
    cancel: "キャンセル",
    ok: "OK",
    running: "報告を処理しています…",
    paneTitle: "報告ウィンドウ",
    close: "閉じる",
    moved: (to: string) =>
      to === "junk"
        ? "このメールは「迷惑メール」フォルダーへ移動されました（シミュレーター）。"
        : to === "deleted"
          ? "このメールは「削除済みアイテム」へ移動されました（シミュレーター）。"
          : `このメールはフォルダー「${to}」へ移動されました（シミュレーター）。`,
    noMove: (why: string) =>
      `完了の指定にこのOutlookが読む移動の指定がありません（${why}）。動作は文書化されていません。`,
    forms: "開かれた新しいメール（シミュレーター）",
    formLine: (f: FormLike) =>
      `宛先: ${f.toRecipients.join(", ")} / 件名: ${f.subject} / 添付: ${f.attachments.map((a) => a.name).join(", ")}`,
    error: (m: string) => `報告の処理に失敗しました: ${m}`,
  },
  en: {
    ribbon: "Ribbon",
    reportButton: "Report to desk",
    paneButton: "Report suspicious mail",
    dialogTitle: "Report a suspicious mail to the desk",
    dialogText: "The original mail goes to the reporting desk unmodified. Do not delete it before the report is sent.",
    optionsTitle: "Tick what you did with this mail",
    options: [
      "I opened an attachment",
      "I clicked a link in it",
      "I entered a password or personal data on a page it opened",
      "I am not sure what I did",
    ],
    freeText: "Anything to tell the desk (optional)",
    report: "Report",
    cancel: "Cancel",
    ok: "OK",
    running: "Processing the report…",
    paneTitle: "Report pane",
    close: "Close",
    moved: (to: string) =>
      to === "junk"
        ? "This mail was moved to the Junk Email folder (simulator)."
        : to === "deleted"
          ? "This mail was moved to Deleted Items (simulator)."
          : `This mail was moved to the folder "${to}" (simulator).`,
    noMove: (why: string) =>
      `The completion names no move this Outlook reads (${why}); what Outlook does then is not documented.`,
    forms: "New messages opened (simulator)",
    formLine: (f: FormLike) =>
      `To: ${f.toRecipients.join(", ")} / Subject: ${f.subject} / Attached: ${f.attachments.map((a) => a.name).join(", ")}`,
    error: (m: string) => `The report could not be processed: ${m}`,
  },
};

/** A native modal <dialog>: the page behind is inert while it is open, Escape cancels. */
function Modal(props: {
  open: boolean;
  labelledBy: string;
  testId: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={props.labelledBy}
      className="report-dialog"
      data-testid={props.testId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      {props.open ? props.children : null}
    </dialog>
  );
}

function PreProcessingDialog(props: {
  lang: Lang;
  open: boolean;
  onReport: (options: boolean[], freeText: string) => void;
  onCancel: () => void;
}) {
  const t = TEXT[props.lang];
  const titleId = useId();
  const [ticked, setTicked] = useState<boolean[]>(REPORT_OPTIONS.map(() => false));
  const [freeText, setFreeText] = useState("");
  useEffect(() => {
    if (props.open) {
      setTicked(REPORT_OPTIONS.map(() => false));
      setFreeText("");
    }
  }, [props.open]);
  return (
    <Modal open={props.open} labelledBy={titleId} testId="report-preprocessing" onCancel={props.onCancel}>
      <h2 id={titleId}>{t.dialogTitle}</h2>
      <p>{t.dialogText}</p>
      <fieldset>
        <legend>{t.optionsTitle}</legend>
        {t.options.map((label, i) => (
          <Checkbox
            key={label}
            label={label}
            checked={ticked[i] === true}
            onChange={(_, d) => setTicked((prev) => prev.map((v, j) => (j === i ? d.checked === true : v)))}
          />
        ))}
      </fieldset>
      <Field label={t.freeText}>
        <Textarea value={freeText} onChange={(_, d) => setFreeText(d.value)} />
      </Field>
      <div className="report-dialog-actions">
        <Button appearance="primary" onClick={() => props.onReport(ticked, freeText)}>
          {t.report}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </Modal>
  );
}

interface Completion {
  readonly commandId?: unknown;
  readonly contextData?: unknown;
  readonly showPostProcessingDialog?: { title?: unknown; description?: unknown };
}

export function useReportSurface(read: ReadStandInLike | undefined, lang: Lang, runtime: EventRuntime) {
  const t = TEXT[lang];
  const [dialog, setDialog] = useState(false);
  const [running, setRunning] = useState(false);
  const [post, setPost] = useState<{ title: string; description: string } | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new key re-creates the frame: Outlook closes an open pane and opens it again with the new context.
  const [pane, setPane] = useState(0);
  const [forms, setForms] = useState<readonly FormLike[]>([]);
  const postTitleId = useId();

  useEffect(() => {
    setPane(0);
    setMoved(null);
    setError(null);
    setForms(read ? [...read.forms] : []);
    if (!read) return;
    return read.onForm(() => setForms([...read.forms]));
  }, [read]);

  const openPane = (context: string | undefined) => {
    if (!read) return;
    if (context === undefined) delete read.message.initializationContext;
    else read.message.initializationContext = context;
    setPane((n) => n + 1);
  };

  const onReport = async (options: boolean[], freeText: string) => {
    setDialog(false);
    if (!read) return;
    setRunning(true);
    setError(null);
    try {
      const event = await runtime.dispatch(read.standIn, FUNCTION_NAMES.report, "SpamReporting", {
        options,
        freeText,
      });
      const done = await event.done;
      const o = (done.options ?? {}) as Completion;
      const outcome = read.spamOutcome(done.options);
      if (outcome.kind === "moved") setMoved(outcome.to === "custom" ? (outcome.folderName ?? "") : outcome.to);
      if (outcome.kind === "undocumented") setError(t.noMove(outcome.why));
      if (o.commandId === REPORT_PANE_COMMAND_ID) {
        openPane(typeof o.contextData === "string" ? o.contextData : JSON.stringify(o.contextData));
      } else if (o.showPostProcessingDialog) {
        setPost({
          title: String(o.showPostProcessingDialog.title ?? ""),
          description: String(o.showPostProcessingDialog.description ?? ""),
        });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const ribbon = (
    <div className="ribbon" role="toolbar" aria-label={t.ribbon}>
      <Button appearance="primary" onClick={() => setDialog(true)} disabled={!read || running}>
        {t.reportButton}
      </Button>
      <Button onClick={() => openPane(undefined)} disabled={!read}>
        {t.paneButton}
      </Button>
      {running ? <span role="status">{t.running}</span> : null}
    </div>
  );

  const notices = (
    <div aria-live="polite">
      {error ? <p role="alert">{t.error(error)}</p> : null}
      {moved ? (
        <p className="moved" data-testid="report-moved">
          {t.moved(moved)}
        </p>
      ) : null}
      {forms.length > 0 ? (
        <section className="forms" data-testid="opened-forms">
          <h2>{t.forms}</h2>
          <ul>
            {forms.map((f, i) => (
              <li key={i}>{t.formLine(f)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );

  const side =
    pane > 0 ? (
      <aside className="pane" aria-label={t.paneTitle}>
        <div className="pane-head">
          <span>{t.paneTitle}</span>
          <Button size="small" onClick={() => setPane(0)}>
            {t.close}
          </Button>
        </div>
        {/* The simulator copy of the pane: the product report.html would fetch office.js from Microsoft's CDN. */}
        <iframe key={pane} title="report pane" src="simulator-report.html?host=simulator" />
      </aside>
    ) : null;

  const dialogs = (
    <>
      <PreProcessingDialog
        lang={lang}
        open={dialog}
        onReport={(o, f) => void onReport(o, f)}
        onCancel={() => setDialog(false)}
      />
      <Modal
        open={post !== null}
        labelledBy={postTitleId}
        testId="report-postprocessing"
        onCancel={() => setPost(null)}
      >
        <h2 id={postTitleId}>{post?.title}</h2>
        <p>{post?.description}</p>
        <div className="report-dialog-actions">
          <Button appearance="primary" onClick={() => setPost(null)}>
            {t.ok}
          </Button>
        </div>
      </Modal>
    </>
  );

  return { ribbon, notices, side, dialogs };
}
