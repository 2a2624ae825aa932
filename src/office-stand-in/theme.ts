/** Office.context.officeTheme as Outlook reports it (Mailbox 1.14+): four colours and a dark flag. */
export type ThemeName = "light" | "dark";

export interface StandInOfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme: boolean;
}

// Values close to Outlook on the web's own light and dark themes; only their shape matters to the pane.
const THEMES: Record<ThemeName, StandInOfficeTheme> = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#f5f5f5",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#3d3d3d",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  },
};

export function officeTheme(name: ThemeName): StandInOfficeTheme {
  return { ...THEMES[name] };
}
