import type { CSSProperties } from "react";

const BAR: CSSProperties = {
  display: "flex",
  alignItems: "center",
  gap: 16,
  height: 44,
  padding: "0 16px",
  color: "#fff",
};

/** Outlook on the web's title bar above the simulator's windows (compose and read), in the theme's colours. */
export function OutlookBar({ note, lang, dark = false }: { note: string; lang: string; dark?: boolean }) {
  return (
    <div
      className="owa-bar"
      lang={lang}
      style={{ ...BAR, background: dark ? "#1f1f1f" : "#0f6cbd", borderBottom: dark ? "1px solid #3d3d3d" : "0" }}
    >
      <span style={{ fontWeight: 600, fontSize: 16 }}>Outlook</span>
      <span style={{ fontSize: 13 }}>{note}</span>
    </div>
  );
}
