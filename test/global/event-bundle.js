"use strict";
// Jest globalSetup of the "bundle" project: dist/launchevent.js (and commands.html), built alone when stale.
const { ensureFresh } = require("../../scripts/fresh-dist");

module.exports = async () => {
  ensureFresh(["launchevent"]);
};
