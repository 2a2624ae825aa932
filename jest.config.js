/**
 * Three projects, run in this order by `npm test`:
 *   unit     everything that needs no build: core, eml, cli, office, handlers (on a virtual clock), panes.
 *   bundle   the built event script as Outlook loads it; its globalSetup builds only that, and only when stale.
 *   browser  the simulator and panes in Chromium, and whole builds; its globalSetup builds all of dist/ when stale.
 * `npx jest path/to/file` runs one file in whichever project holds it (building only what that project needs).
 */
const common = {
  rootDir: __dirname,
  testEnvironment: "node",
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2020", transform: { react: { runtime: "automatic" } } } }],
  },
  // office-addin-mock and the manifest tools pull ESM-only packages; only the OfficeApp enum is ever needed.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
};

const BUNDLE = ["<rootDir>/test/launchevent/bundle*.test.ts"];
const BROWSER = ["<rootDir>/test/e2e/**/*.test.ts", "<rootDir>/test/build/**/*.test.ts"];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/build/", "/test/launchevent/bundle[^/]*$"],
    },
    { ...common, displayName: "bundle", testMatch: BUNDLE, globalSetup: "<rootDir>/test/global/event-bundle.js" },
    { ...common, displayName: "browser", testMatch: BROWSER, globalSetup: "<rootDir>/test/global/full-build.js" },
  ],
};
