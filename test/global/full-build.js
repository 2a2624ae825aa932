"use strict";
// Jest globalSetup of the "browser" project: the whole development build (event script, panes, simulator).
const { ensureFresh } = require("../../scripts/fresh-dist");

module.exports = async () => {
  ensureFresh(["launchevent", "pages"]);
};
