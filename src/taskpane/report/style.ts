/** The pane's few layout rules; injected at mount so report.html and the preview page share them without a CSS loader. */
export const REPORT_PANE_CSS = `
body {
  margin: 0;
  font-family: "Segoe UI", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif;
  background: #fff;
  color: #242424;
}
main {
  padding: 8px 12px 32px;
  max-width: 640px;
}
h1 {
  font-size: 18px;
  margin: 8px 0 12px;
}
h2 {
  font-size: 15px;
  margin: 16px 0 6px;
}
.hint {
  color: #424242;
  font-size: 13px;
}
.mail {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 2px 8px;
  font-size: 13px;
  overflow-wrap: anywhere;
}
.mail dt {
  font-weight: 600;
}
.mail dd {
  margin: 0;
}
.signs,
.missing,
.steps {
  padding-left: 20px;
}
.signs li,
.steps li {
  margin: 6px 0;
  overflow-wrap: anywhere;
}
.missing {
  color: #8a3707;
  font-size: 13px;
}
.question {
  margin: 8px 0;
}
`;
