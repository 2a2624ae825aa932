import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

type OfficeThemeLike = Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "bodyForegroundColor" | "isDarkTheme">>;

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Fluent's web theme matching Outlook's (Office.context.officeTheme, Mailbox 1.14+): dark or light, with the
 * pane's background and text in Outlook's own body colours so the pane sits in the window like native UI.
 * Anything missing or malformed keeps Fluent's defaults.
 */
export function themeFor(office: OfficeThemeLike | undefined): Theme {
  const base = office?.isDarkTheme ? webDarkTheme : webLightTheme;
  if (!office) return base;
  return {
    ...base,
    ...(office.bodyBackgroundColor && HEX.test(office.bodyBackgroundColor)
      ? { colorNeutralBackground1: office.bodyBackgroundColor }
      : {}),
    ...(office.bodyForegroundColor && HEX.test(office.bodyForegroundColor)
      ? { colorNeutralForeground1: office.bodyForegroundColor }
      : {}),
  };
}
