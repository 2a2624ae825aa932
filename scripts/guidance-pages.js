"use strict";
/**
 * Emits the guidance pages (dist/guidance/{ja,en}/*.html and guidance.css) from the typed content in
 * src/guidance/content.ts, rendered by src/guidance/render.ts at build time: the pages are static HTML on the
 * add-in's host, and nothing of them goes into any bundle. A webpack plugin of the event-script configuration.
 */
const fs = require("node:fs");
const path = require("node:path");
const { installTsRequire } = require("./require-ts");

const NAME = "GuidancePagesPlugin";
const GUIDANCE = path.resolve(__dirname, "..", "src", "guidance");

class GuidancePagesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        installTsRequire();
        // A watching build (npm start) must see edited content: forget the previously loaded copies.
        for (const id of Object.keys(require.cache)) if (id.startsWith(GUIDANCE)) delete require.cache[id];
        const { renderGuidanceSite } = require(path.join(GUIDANCE, "render.ts"));
        for (const [file, html] of Object.entries(renderGuidanceSite()))
          compilation.emitAsset(`guidance/${file}`, new sources.RawSource(html));
        const css = path.join(GUIDANCE, "guidance.css");
        compilation.emitAsset("guidance/guidance.css", new sources.RawSource(fs.readFileSync(css, "utf8")));
        for (const f of ["content.ts", "render.ts", "slug.ts", "guidance.css"])
          compilation.fileDependencies.add(path.join(GUIDANCE, f));
      });
    });
  }
}

module.exports = { GuidancePagesPlugin };
