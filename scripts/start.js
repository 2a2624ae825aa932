#!/usr/bin/env node
"use strict";
/**
 * `npm start`: builds the add-in and serves it over HTTPS on https://localhost:3000/ (PORT overrides), then prints
 * the manifest URL for sideloading into Outlook and the simulator URL for trying it in a browser.
 *
 * - The certificate comes from office-addin-dev-certs' generateCertificates() into .certs/ (gitignored). Nothing is
 *   installed into the system's trust store and nothing needs sudo; trust .certs/ca.crt yourself if you want no
 *   browser warning (Outlook needs it trusted to load the add-in).
 * - launchevent.js is built in production mode and served as a static file: no dev-server client, no hot reload,
 *   because injected HMR code makes classic Outlook fail silently (office-js #4391). The pages are built in
 *   production mode too (a development build of a pane is 5-6 MB and opens in seconds, which is not what users
 *   get) and rebuilt on change; reload the page to see a change.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const CERTS = path.join(ROOT, ".certs");
const PORT = Number(process.env.PORT || 3000);
const BASE_URL = `https://localhost:${PORT}/`;

const files = {
  ca: path.join(CERTS, "ca.crt"),
  cert: path.join(CERTS, "localhost.crt"),
  key: path.join(CERTS, "localhost.key"),
};

/** Valid for at least another day? Otherwise a fresh pair is made (certificates last 30 days). */
function usable() {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(files.cert));
    return fs.existsSync(files.key) && fs.existsSync(files.ca) && Date.parse(cert.validTo) - Date.now() > 86_400_000;
  } catch {
    return false;
  }
}

async function certificates() {
  if (!usable()) {
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(files.ca, files.cert, files.key, 30, ["localhost", "127.0.0.1"]);
  }
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

/** Free to listen on? Asked before the build, so a second `npm start` fails in a second with a hint, not a stack. */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = require("node:net").createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!(await portFree(PORT))) {
    throw new Error(
      `port ${PORT} is already in use (is another npm start running?). Stop it, or pick another port: PORT=3001 npm start`,
    );
  }
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const make = require(path.join(ROOT, "webpack.config.js"));
  // Another port means another base URL; the simulator pages are still wanted (an organisation build is `npm run build`).
  const env = PORT === 3000 ? {} : { baseUrl: BASE_URL, simulator: true };
  const [event, pages] = make(env, { mode: "production" });
  const https = await certificates();
  const compiler = webpack([event, pages]);
  const server = new WebpackDevServer(
    {
      host: "localhost",
      port: PORT,
      server: { type: "https", options: https },
      // No client, no hot reload, no live reload: nothing may be injected into launchevent.js.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      static: false,
      devMiddleware: { stats: "errors-warnings" },
      headers: { "Cache-Control": "no-store" },
      setupMiddlewares(middlewares, devServer) {
        devServer.app.get("/", (_req, res) => res.redirect("/simulator.html"));
        return middlewares;
      },
    },
    compiler,
  );
  let first = true;
  compiler.hooks.done.tap("sendcheck-start", (stats) => {
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, colors: process.stdout.isTTY }));
      return;
    }
    if (!first) {
      console.log("sendcheck: rebuilt; reload the page.");
      return;
    }
    first = false;
    console.log(
      [
        "",
        "sendcheck is served over HTTPS:",
        `  Simulator      ${BASE_URL}simulator.html  (compose, press Send, see the Smart Alert and the fix pane)`,
        `  Read mode      ${BASE_URL}simulator-read.html`,
        `  Manifest       ${BASE_URL}manifest.xml  (sideload: Outlook > Get Add-ins > My add-ins > Add from file)`,
        `  Policy editor  ${BASE_URL}admin.html`,
        `The certificate is self-made (${path.relative(ROOT, files.ca)}); trust it in your browser or OS to avoid the warning.`,
        "Press Ctrl+C to stop.",
        "",
      ].join("\n"),
    );
  });
  await server.start();
}

main().catch((e) => {
  console.error(`npm start failed: ${e && e.message ? e.message : e}`);
  process.exitCode = 1;
});
