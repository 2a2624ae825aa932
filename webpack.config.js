"use strict";
/**
 * Builds what Outlook loads for the send check:
 *   dist/launchevent.js  one self-contained classic script (no modules, no chunks, no dev-server code, ES2016 syntax)
 *                        with the validated policy embedded; classic Outlook on Windows loads it directly.
 *   dist/commands.html   the page the browser runtimes load: office.js from Microsoft's CDN + launchevent.js.
 *   dist/manifest.xml, dist/assets/, dist/guidance/ (rendered from src/guidance/content.ts).
 *   dist/taskpane.html (fix pane), dist/report.html (report pane), dist/admin.html (policy editor): the product.
 *   dist/simulator*.html, dist/report-preview.html: development pages on the Office stand-in, only in a development
 *   build (neither policy nor baseUrl given) or with --env simulator; an organisation's build ships the product only.
 * Options: --env policy=PATH (default config/policy.example.json), --env baseUrl=https://host/path/ (default
 * https://localhost:3000/), --env version=1.2.3.4 (default: the <Version> in manifest.xml, unchanged), --env
 * simulator, --env lang=ja|en (the language of the messages below; Japanese by default, as the CLI). A policy that
 * fails validation, or a malformed option, stops the build with the validator's messages and no stack trace.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { installTsRequire } = require("./scripts/require-ts");
const { NoConditionalsPlugin } = require("./scripts/no-conditionals");
const { GuidancePagesPlugin } = require("./scripts/guidance-pages");

const DEFAULT_BASE_URL = "https://localhost:3000/";

/**
 * A mistake in what the administrator gave the build (a policy, a base URL, a version): run by webpack-cli, only its
 * message is shown; any other error is ours and keeps its stack.
 */
class BuildInputError extends Error {}
BuildInputError.prototype.name = "BuildInputError";

function langFrom(raw) {
  if (raw === undefined) return "ja";
  if (raw === "ja" || raw === "en") return raw;
  throw new BuildInputError(
    `--env lang は ja か en です（"${raw}" が指定されました）\n--env lang must be ja or en, got "${raw}"`,
  );
}

function baseUrlFrom(raw, lang = "en") {
  const url = String(raw || DEFAULT_BASE_URL);
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(url)) {
    throw new BuildInputError(
      lang === "ja"
        ? `--env baseUrl には https:// で始まり、? や # を含まない URL を指定してください（"${url}" が指定されました）`
        : `--env baseUrl must be an https:// URL without query or fragment, got "${url}"`,
    );
  }
  return url.endsWith("/") ? url : url + "/";
}

function loadPolicy(file, lang = "en") {
  installTsRequire();
  // The CLI's own reader and wording: `npm run build` and `sendcheck policy validate` report a policy alike.
  const { readPolicyFile, policyErrors } = require("./src/cli/policy-file.ts");
  const result = readPolicyFile(file, lang);
  if (!result.ok) {
    const advice =
      lang === "ja"
        ? "ポリシーを直し、npx sendcheck policy validate で確かめてから、もう一度ビルドしてください。"
        : "Fix the policy, check it with npx sendcheck policy validate, then build again.";
    const head =
      lang === "ja" ? "ポリシーに誤りがあるため、ビルドを中止しました。" : "The build stopped: the policy is invalid.";
    throw new BuildInputError(`${head}\n${policyErrors(file, result.error, lang)}\n${advice}`);
  }
  // Hash what is embedded (defaults filled in), so two files that mean the same policy get the same hash.
  const json = JSON.stringify(result.value);
  const hash = crypto.createHash("sha256").update(json).digest("hex").slice(0, 12);
  return { policy: result.value, json, hash };
}

const swcFor = (syntax) => ({
  loader: "swc-loader",
  options: {
    jsc: {
      parser: syntax === "typescript" ? { syntax: "typescript" } : { syntax: "ecmascript" },
      // The oldest engine classic Outlook may run (before 2403, or Chakra) understands ES2016 at most.
      target: "es2016",
      // One shared copy of each lowering helper (@swc/helpers) instead of one per module: the async-function helper
      // alone was inlined eleven times into launchevent.js.
      externalHelpers: true,
      loose: false,
      // Lowered `??` and `?.` test `x != null` once instead of null and undefined separately. Exact everywhere except
      // for document.all, which no event runtime has (classic Outlook's has no DOM at all).
      assumptions: { noDocumentAll: true },
    },
    module: { type: "es6" },
  },
});

/**
 * The pages (policy editor now; fix pane, report pane and simulator as they land): ordinary browser bundles with
 * React and Fluent UI, built beside the event script in the same dist/ folder.
 */
function pagesConfig(mode, defines, withDevPages) {
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  // `officeJs`: product panes load office.js from Microsoft's CDN in <head>, as Microsoft documents; the simulator's
  // copies of the same bundles (simulator-*.html) get the stand-in from their parent frame instead.
  const product = [
    { name: "admin", entry: "./src/admin/index.tsx", template: "src/admin/admin.html" },
    // The fix pane: manifest.xml's task pane URL (taskpane.html) and the Smart Alert's commandId open it.
    { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "src/taskpane/taskpane.html", officeJs: true },
    // The read-mode report pane (manifest.xml ReportPane.Url).
    {
      name: "report",
      entry: "./src/taskpane/report/index.tsx",
      template: "src/taskpane/report/report.html",
      officeJs: true,
    },
  ];
  const development = [
    // The in-browser Outlook of `npm start` and the e2e tests: compose window, Smart Alerts dialog, the real pane.
    { name: "simulator", entry: "./src/simulator/index.tsx", template: "src/simulator/simulator.html" },
    { name: "simulator-read", entry: "./src/simulator/read/index.tsx", template: "src/simulator/read/read.html" },
    { name: "simulator-taskpane", chunk: "taskpane", template: "src/taskpane/taskpane.html", officeJs: false },
    { name: "simulator-report", chunk: "report", template: "src/taskpane/report/report.html", officeJs: false },
    {
      name: "report-preview",
      entry: "./src/simulator/report-preview/preview.tsx",
      template: "src/simulator/report-preview/report-preview.html",
    },
  ];
  const pages = withDevPages ? [...product, ...development] : product;
  return {
    name: "pages",
    mode,
    context: __dirname,
    target: ["web", "es2020"],
    devtool: mode === "production" ? false : "source-map",
    entry: Object.fromEntries(pages.filter((p) => p.entry).map((p) => [p.name, p.entry])),
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", publicPath: "" },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                target: "es2020",
                transform: { react: { runtime: "automatic" } },
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin(defines),
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            template: p.template,
            filename: `${p.name}.html`,
            chunks: [p.chunk || p.name],
            templateParameters: { officeJs: p.officeJs === true },
          }),
      ),
    ],
  };
}

function configs(env, argv) {
  const mode = argv.mode || "production";
  const lang = langFrom(env.lang);
  const version = addinVersion(env.version, lang);
  const defines = buildDefines(env, version, lang);
  // An organisation's build (its policy or its base URL given) ships the product only, unless asked otherwise.
  const withDevPages = Boolean(env.simulator) || (env.policy === undefined && env.baseUrl === undefined);
  return [
    eventConfig(mode, defines, baseUrlFrom(env.baseUrl, lang), version),
    pagesConfig(mode, defines, withDevPages),
  ];
}

module.exports = (env = {}, argv = {}) => {
  try {
    return configs(env, argv);
  } catch (e) {
    // webpack-cli calls this with WEBPACK_BUILD, WEBPACK_WATCH or WEBPACK_SERVE in env and prints whatever is thrown
    // with its stack: an administrator's mistake is told in plain words instead. Called from code (npm start, the
    // tests), the error is thrown as usual.
    if (e instanceof BuildInputError && (env.WEBPACK_BUILD || env.WEBPACK_WATCH || env.WEBPACK_SERVE)) {
      process.stderr.write(`sendcheck: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
};
module.exports.BuildInputError = BuildInputError;
module.exports.deployedManifest = deployedManifest;

/**
 * The manifest version (four numbers). Microsoft 365 offers users an update only when it grows, and every manifest
 * change needs the administrator's consent again (docs/deploy.md), so a build never changes it on its own: it is the
 * <Version> written in manifest.xml unless `--env version=1.2.3.4` says otherwise.
 */
function addinVersion(pinned, lang = "en") {
  if (pinned !== undefined) {
    if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(String(pinned)))
      throw new BuildInputError(
        lang === "ja"
          ? `--env version は 1.2.3.4 の形（数字4つ）で指定してください（"${pinned}" が指定されました）`
          : `--env version must look like 1.2.3.4, got "${pinned}"`,
      );
    return String(pinned);
  }
  const m = /<Version>([^<]*)<\/Version>/.exec(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8"));
  if (!m) throw new Error("manifest.xml has no <Version>");
  return m[1];
}

function manifestPermissions() {
  const xml = fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const m = /<Permissions>\s*([A-Za-z]+)\s*<\/Permissions>/.exec(xml);
  if (!m) throw new Error("manifest.xml has no <Permissions>");
  return m[1];
}

/** Build-time constants shared by every bundle: the validated policy, its hash, the version and the base URL. */
function buildDefines(env, version, lang) {
  const baseUrl = baseUrlFrom(env.baseUrl, lang);
  const policyFile = path.resolve(__dirname, env.policy || "config/policy.example.json");
  const { json, hash } = loadPolicy(policyFile, lang);
  return {
    __SENDCHECK_POLICY__: json,
    __SENDCHECK_POLICY_HASH__: JSON.stringify(hash),
    __SENDCHECK_VERSION__: JSON.stringify(version),
    __SENDCHECK_BASE_URL__: JSON.stringify(baseUrl),
    // The simulator's stand-in refuses what office.js would refuse under the manifest's permission level.
    __SENDCHECK_MANIFEST_PERMISSIONS__: JSON.stringify(manifestPermissions()),
  };
}

/**
 * dist/manifest.xml: the version, every URL moved to the base URL (URLs first, then the bare origin of AppDomain), and
 * the developers' comment at the top replaced by one for whoever opens the deployed file, usually an administrator.
 */
function deployedManifest(xml, manifestBase, baseUrl, version) {
  const moved = xml
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`)
    .split(manifestBase)
    .join(baseUrl)
    .split(manifestBase.replace(/\/$/, ""))
    .join(new URL(baseUrl).origin);
  const comment = deployedComment(baseUrl, version);
  // The first comment, right after the XML declaration, is the one a reader sees first.
  return moved.replace(/(<\?xml[^>]*\?>\s*)<!--[\s\S]*?-->/, (_, declaration) => declaration + comment);
}

/** What the deployed manifest says about itself. No "--" may appear inside an XML comment. */
function deployedComment(baseUrl, version) {
  // A punycode host (xn--…) cannot be written inside a comment: AppDomain below names it.
  const shown = baseUrl.includes("--") ? "the address in <AppDomain> below" : baseUrl;
  const text = [
    "sendcheck (送信前チェック): the Outlook add-in manifest, made by the sendcheck project's build (npm run build)",
    "for this base URL and version:",
    `  Base URL: ${shown}`,
    `  Version:  ${version}`,
    "An administrator uploads this file in the Microsoft 365 admin center (Settings > Integrated apps > Upload custom",
    "apps). Every address in it starts with the base URL above, where the contents of the build's output folder (dist/)",
    "must be served over HTTPS. To serve the add-in from another address, build again with that baseUrl instead of",
    "editing this file. Raise the version only when the manifest itself changes: every new version needs the",
    "administrator's consent again.",
    "How to build, host, deploy and update the add-in: docs/deploy.md in the sendcheck project.",
    "",
    "sendcheck のビルド（npm run build）が上の Base URL と Version で作った Outlook アドインのマニフェストです。",
    "Microsoft 365 管理センターの［設定］→［統合アプリ］→［カスタム アプリをアップロード］で登録します。",
    "中の URL はすべて上の Base URL で始まり、そこに dist/ の中身を HTTPS で置きます。URL を変えるときは、",
    "このファイルを書き換えず、baseUrl を指定してビルドし直してください。バージョンを上げるのはマニフェスト自体を",
    "変えたときだけです（新しいバージョンには管理者の同意がもう一度必要です）。",
    "ビルド・配置・展開・更新の手順: sendcheck プロジェクトの docs/deploy.md",
  ];
  const body = text.map((line) => (line ? `  ${line}` : "")).join("\n");
  if (body.includes("--")) throw new Error("an XML comment may not contain --");
  return `<!--\n${body}\n-->`;
}

function eventConfig(mode, defines, baseUrl, version) {
  const manifestBase = DEFAULT_BASE_URL;

  return {
    name: "launchevent",
    mode,
    context: __dirname,
    target: ["web", "es2016"],
    devtool: false,
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      iife: true,
      // One file, loaded by a runtime with no DOM: nothing may load chunks, wasm or workers at run time.
      chunkLoading: false,
      chunkFormat: false,
      wasmLoading: false,
      workerChunkLoading: false,
      publicPath: "",
      environment: {
        arrowFunction: true,
        const: true,
        destructuring: true,
        forOf: true,
        dynamicImport: false,
        module: false,
        optionalChaining: false,
        templateLiteral: true,
        bigIntLiteral: false,
        asyncFunction: false,
      },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          // The core's fflate is evaluated on first use, not at load (src/launchevent/lazy-fflate.ts): every event
          // starts a fresh runtime in classic Outlook, and most never inflate anything.
          test: /[\\/]src[\\/]core[\\/]/,
          resolve: { alias: { fflate$: path.resolve(__dirname, "src/launchevent/lazy-fflate.ts") } },
        },
        { test: /\.ts$/, exclude: /node_modules/, use: swcFor("typescript") },
        {
          // The event bundle asks tldts for publicSuffix and domain of normalised ASCII names without private domains:
          // ship only the part of the suffix list that can change those (ICANN section, ASCII labels, no childless
          // TLD rule), as compact text. scripts/icann-trie.js; test/launchevent/icann-trie.test.ts.
          test: /[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/,
          enforce: "pre",
          use: [{ loader: path.resolve(__dirname, "scripts/icann-trie.js") }],
        },
        // Dependencies (tldts, punycode, fflate) are lowered to ES2016 too: their own builds target newer syntax.
        { test: /\.m?js$/, include: /node_modules/, use: swcFor("ecmascript") },
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: mode === "production",
      // terser doing less than webpack's default ({ passes: 2 }), which comes out smaller here once NoConditionalsPlugin
      // has run (gzip -9, measured together: 0.7 KiB less): a single pass (-425 B); no `?:` made of if/else
      // (conditionals, if_return: -235 B, and 229 fewer expressions for the plugin to rewrite, 616 instead of 845);
      // inlining simple functions only (-66 B). Each option turns a transform off, so the code means the same.
      minimizeOptions: {
        javascript: { compress: { passes: 1, conditionals: false, if_return: false, inline: 1 } },
      },
    },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // After minification (which itself makes `?:`): the oldest classic runtime is to get no conditional operator.
      new NoConditionalsPlugin({ test: /^launchevent\.js$/ }),
      new webpack.DefinePlugin(defines),
      // The guidance pages, rendered from src/guidance/content.ts (typed content, not committed HTML).
      new GuidancePagesPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/commands/commands.html", to: "commands.html" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => deployedManifest(content.toString("utf8"), manifestBase, baseUrl, version),
          },
        ],
      }),
    ],
  };
}
