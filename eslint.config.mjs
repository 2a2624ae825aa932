import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import regexp from "eslint-plugin-regexp";

export default defineConfig(
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**", "test-results/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: "readonly" } },
    rules: {
      "office-addins/no-office-initialize": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is pure: it may import only other core files and the few pure libraries named here.
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../../*", "!../../core/*"], message: "src/core imports nothing outside src/core." },
            {
              group: ["node:*", "fs", "path", "os", "zlib", "buffer", "react", "react-dom"],
              message: "src/core is pure.",
            },
          ],
        },
      ],
    },
  },
  {
    // Every regex that runs on mail, attachment or policy text must be linear: a pattern that backtracks or rescans
    // turns a 200k-character href or header into minutes of work. The plugin's recommended set also catches
    // regexes that are wrong or say more than they mean.
    files: ["src/**/*.{ts,tsx}"],
    ...regexp.configs["flat/recommended"],
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "bin/**", "*.config.js", "*.config.mjs"],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Product code (what an organisation deploys) never imports the Office stand-in or the simulator: they live
    // outside the product folders and an organisation build ships neither.
    files: ["src/taskpane/**", "src/launchevent/**", "src/office/**", "src/admin/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/office-stand-in", "**/office-stand-in/**", "**/simulator", "**/simulator/**"],
              message: "Product code must not import the Office stand-in or the simulator (development only).",
            },
          ],
        },
      ],
    },
  },
);
