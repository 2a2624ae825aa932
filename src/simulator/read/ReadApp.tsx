import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useRef } from "react";
import type { Lang } from "../../core/i18n/types";
import { OutlookBar } from "../components/OutlookBar";
import { formatRecipients } from "../components/RecipientField";
import type { ReceivedMessage } from "../../office-stand-in/read-mode";
import type { EventRuntime } from "../event-runtime";
import { useReportSurface, type ReadStandInLike } from "./report-surface";

const TEXT = {
  ja: {
    title: "受信メールの表示（閲覧モード）",
    intro:
      "受信したメールを Office スタンドインの閲覧モードで開きます。本文はテキストとしてだけ表示し、HTML は表示しません。「窓口へ報告」は Outlook の報告ボタン（実際の launchevent.js が処理します）、「不審メールを報告」は報告ウィンドウを開きます。",
    open: ".eml を開く",
    sample: "サンプルを表示",
    from: "差出人",
    to: "宛先",
    cc: "CC",
    subject: "件名",
    attachments: "添付ファイル",
    headers: "インターネットヘッダー",
    back: "作成画面のシミュレーターへ",
    error: (m: string) => `.eml を読み取れませんでした: ${m}`,
  },
  en: {
    title: "Received message (read mode)",
    intro:
      'Opens a received message in the Office stand-in\'s read mode. The body is shown as text only, never as HTML. "Report to desk" is Outlook\'s Report button (the real launchevent.js handles it); "Report suspicious mail" opens the report pane.',
    open: "Open an .eml",
    sample: "Show the sample",
    from: "From",
    to: "To",
    cc: "Cc",
    subject: "Subject",
    attachments: "Attachments",
    headers: "Internet headers",
    back: "Back to the compose simulator",
    error: (m: string) => `Could not read the .eml: ${m}`,
  },
};

type Props = {
  lang: Lang;
  message: ReceivedMessage;
  text: string;
  error?: string;
  onFile: (file: File) => void;
  onSample: () => void;
  /** The stand-in the report surfaces act on, and the runtime that runs the built event script. */
  read: ReadStandInLike | undefined;
  runtime: EventRuntime;
};

/** A received message, text only: everything from the mail goes through React text nodes. */
export function ReadApp({ lang, message, text, error, onFile, onSample, read, runtime }: Props) {
  const t = TEXT[lang];
  const input = useRef<HTMLInputElement>(null);
  const report = useReportSurface(read, lang, runtime);
  return (
    <FluentProvider theme={webLightTheme} className="provider">
      <OutlookBar note={t.title} lang={lang} />
      <main className="page" lang={lang}>
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p>
          <a href={lang === "en" ? "simulator.html?lang=en" : "simulator.html"}>{t.back}</a>
        </p>
        <div className="row">
          <input
            ref={input}
            type="file"
            accept=".eml,message/rfc822"
            className="visually-hidden"
            aria-label={t.open}
            tabIndex={-1}
            data-testid="eml-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onFile(f);
              e.target.value = "";
            }}
          />
          <Button onClick={() => input.current?.click()}>{t.open}</Button>
          <Button onClick={onSample}>{t.sample}</Button>
        </div>
        {error && <p role="alert">{t.error(error)}</p>}
        {report.ribbon}
        {report.notices}
        <div className="read-layout">
          <article className="message" aria-label={message.subject || t.subject} data-testid="read-message">
            {/* Laid out as Outlook's reading pane: subject, then the sender with an initial, then the recipients. */}
            <h2 className="read-subject">{message.subject || t.subject}</h2>
            <div className="sender">
              <span className="avatar" aria-hidden="true">
                {(message.from?.displayName || message.from?.emailAddress || "?").charAt(0).toUpperCase()}
              </span>
              <dl>
                <dt className="visually-hidden">{t.from}</dt>
                <dd className="sender-name">{message.from ? formatRecipients([message.from]) : ""}</dd>
                <dt>{t.to}</dt>
                <dd>{formatRecipients(message.to)}</dd>
                {message.cc.length > 0 && (
                  <>
                    <dt>{t.cc}</dt>
                    <dd>{formatRecipients(message.cc)}</dd>
                  </>
                )}
              </dl>
            </div>
            {message.attachments.length > 0 && (
              <ul className="tiles" aria-label={t.attachments}>
                {message.attachments.map((a, i) => (
                  <li key={`${a.name}|${i}`} className="tile">
                    <span className="tile-name">{a.name}</span>
                    <span className="tile-size">{a.size} B</span>
                  </li>
                ))}
              </ul>
            )}
            <pre className="body" data-testid="read-body">
              {text}
            </pre>
            <details>
              <summary>{t.headers}</summary>
              <pre className="headers">{message.internetHeaders}</pre>
            </details>
          </article>
          {report.side}
        </div>
        {report.dialogs}
      </main>
    </FluentProvider>
  );
}
