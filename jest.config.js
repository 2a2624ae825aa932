/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2020", transform: { react: { runtime: "automatic" } } } }],
  },
  // office-addin-mock and the manifest tools pull ESM-only packages; only the OfficeApp enum is ever needed.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
  testTimeout: 30000,
};
